//! One file per subcommand, each a `run(args, &mut Ctx)`.

pub mod list;
pub mod resolve_hosts;
pub mod sandbox;
pub mod watch;
