//! The storage watch: when a package file changes, its pool copies go at once (DOMAIN.md),
//! not at the next request.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::Context;
use notify::{EventKind, RecursiveMode, Watcher};

use super::App;

/// A save writes a file in several steps; one refresh after they settle is enough.
const SETTLE: Duration = Duration::from_millis(100);

/// Watch the storage until the returned watcher is dropped.
pub(super) fn start(app: Arc<App>) -> anyhow::Result<notify::RecommendedWatcher> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && matches!(
                event.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            )
        {
            let _ = tx.send(());
        }
    })
    .context("cannot watch the file storage")?;
    let root = app.sandbox.storage().to_owned();
    watcher
        .watch(&root, RecursiveMode::Recursive)
        .with_context(|| format!("cannot watch the file storage '{}'", root.display()))?;
    std::thread::spawn(move || {
        // Ends when the watcher, and with it the sender, is dropped.
        while rx.recv().is_ok() {
            std::thread::sleep(SETTLE);
            while rx.try_recv().is_ok() {}
            refresh(&app);
        }
    });
    Ok(watcher)
}

fn refresh(app: &App) {
    let mut engine = app.engine();
    let before = engine.state().pool.clone();
    engine.refresh();
    let after = &engine.state().pool;
    if *after == before {
        return;
    }
    let dropped = before.iter().filter(|id| !after.contains(id)).count();
    app.log.event(
        "info",
        &format!("the storage changed: {dropped} pool package(s) removed"),
    );
    if let Err(e) = app.save(&engine) {
        app.log.event("error", &e.to_string());
    }
}
