//! One file per subcommand, each a `run(args, &mut Ctx)`.

pub mod list;
pub mod sandbox;
