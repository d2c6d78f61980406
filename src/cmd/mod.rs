//! One file per subcommand, each a `run(args, &mut Ctx)`.

pub mod backend_stdio;
pub mod clear_pool;
pub mod close;
pub mod complete_servers;
pub mod completions;
pub mod config;
pub mod generate;
pub mod list;
pub mod plugins;
pub mod resolve_hosts;
pub mod sandbox;
pub mod serve;
pub mod stop;
pub mod watch;
