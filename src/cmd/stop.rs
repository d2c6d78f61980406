//! `sessionctl stop`: stop executing sessions and packages (the flow is in [`crate::action`]).

use std::sync::Arc;

use crate::action::{self, Wait};
use crate::cli::StopArgs;
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::targets::Action;

pub fn run(args: &StopArgs, ctx: &mut Ctx, clock: Arc<dyn Clock>) -> anyhow::Result<Status> {
    let wait = args.wait.map(|limit| Wait { limit, clock });
    action::run(Action::Stop, &args.action, wait, ctx)
}
