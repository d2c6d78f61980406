//! `sessionctl completions SHELL`: the completion script, the same bytes as completions/.

use clap_complete::Shell;

use crate::ctx::Ctx;
use crate::exit::Status;

pub fn run(shell: Shell, ctx: &mut Ctx) -> anyhow::Result<Status> {
    ctx.out.write_all(&crate::generate::completion(shell))?;
    Ok(Status::Success)
}
