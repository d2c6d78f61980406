//! `sessionctl backend-stdio` (hidden): the sandbox behind the backend plugin protocol on
//! stdin/stdout, so that a plugin written in any language can relay to it (the tests' Python
//! plugin does).

use std::path::Path;
use std::sync::Arc;

use crate::backend::sandbox::SandboxBackend;
use crate::backend::stdio;
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;

pub fn run(storage: Option<&Path>, clock: Arc<dyn Clock>, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let backend = SandboxBackend::open(storage, &ctx.state_dir, clock)?;
    let stdin = std::io::stdin();
    stdio::serve(&backend, &mut stdin.lock(), ctx.out)?;
    Ok(Status::Success)
}
