//! `sessionctl generate` (hidden, for maintainers): rewrite completions/ and man/.

use std::path::Path;

use crate::ctx::Ctx;
use crate::exit::Status;

pub fn run(out_dir: &Path, ctx: &mut Ctx) -> anyhow::Result<Status> {
    let written = crate::generate::write_to(out_dir).map_err(|e| {
        anyhow::anyhow!(
            "cannot write the generated files into '{}': {e}",
            out_dir.display()
        )
    })?;
    for path in written {
        writeln!(ctx.err, "wrote {}", path.display())?;
    }
    Ok(Status::Success)
}
