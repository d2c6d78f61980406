//! Placeholder until the list command lands (being written now).

pub fn run(_: &crate::cli::ListArgs, _: &mut crate::ctx::Ctx) -> anyhow::Result<crate::exit::Status> {
    anyhow::bail!("list is not ready")
}
