//! `sessionctl clear-pool`: remove every package from the package pool (the flow is in
//! [`crate::action`]).

use crate::action;
use crate::cli::ClearPoolArgs;
use crate::ctx::Ctx;
use crate::exit::Status;

pub fn run(args: &ClearPoolArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    action::clear_pool(args, ctx)
}
