//! `sessionctl close`: close sessions and packages (the flow is in [`crate::action`]).

use crate::action;
use crate::cli::ActionArgs;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::targets::Action;

pub fn run(args: &ActionArgs, ctx: &mut Ctx) -> anyhow::Result<Status> {
    action::run(Action::Close, args, None, ctx)
}
