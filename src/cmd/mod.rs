//! One file per subcommand, each a `run(args, &mut Ctx)`.

pub mod list;
pub mod sandbox;

pub mod backend_stdio;
pub mod complete_servers;
pub mod completions;
pub mod generate;
pub mod plugins;
