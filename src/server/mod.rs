//! `sessionctl serve`: the protocol of docs/protocol.md over HTTP(S), for the sandbox's engine.
//!
//! One [`Engine`] in memory behind a mutex (the same engine the embedded sandbox runs: no rule
//! lives here), loaded from the sandbox's state file and written back after every change and
//! at shutdown. Engine calls run on the blocking pool, since Close may wait up to 5 s.
//!
//! - `auth.rs`: the tokens file and the bearer check;
//! - `routes.rs`: paths, bodies, errors, ETag;
//! - `tls.rs`: rustls and the TLS listener;
//! - `log.rs`: one line per request;
//! - `watch.rs`: a changed storage file leaves the pool without anyone asking.

pub mod auth;
pub mod log;
mod routes;
pub mod tls;
mod watch;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::Context;
use tokio::net::TcpListener;

use crate::backend::BackendError;
use crate::backend::sandbox::SandboxBackend;
use crate::engine::Engine;
use auth::Tokens;
use log::RequestLog;

/// The port `serve` listens on by default (documented in docs/protocol.md). The real server
/// uses 4580 (Integrator, BatchLauncher) and 8080 (Studio); this is the one after them.
pub const DEFAULT_PORT: u16 = 4590;

pub struct Options {
    pub listen: SocketAddr,
    /// Certificate chain and private key, PEM.
    pub tls: Option<(PathBuf, PathBuf)>,
}

/// What every request handler shares.
pub(crate) struct App {
    engine: Mutex<Engine>,
    sandbox: SandboxBackend,
    tokens: Tokens,
    log: RequestLog,
    requests: AtomicU64,
    /// Bumped by every request that may change the state, and by the storage watch.
    generation: AtomicU64,
    /// The last snapshot's JSON, reused while nothing changed (`routes::snapshot`).
    snapshot_cache: Mutex<Option<routes::CachedSnapshot>>,
}

impl App {
    fn engine(&self) -> MutexGuard<'_, Engine> {
        // A panic in one request must not lock every later one out.
        self.engine.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Write the state back; what changed it also made the cached snapshot stale.
    fn save(&self, engine: &Engine) -> Result<(), BackendError> {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.sandbox.save_state(engine.state())
    }
}

/// Serve until SIGINT or SIGTERM, then save the state. `ready` is told the base URL once the
/// socket is bound (with `--listen 127.0.0.1:0`, the port the system chose).
pub fn run(
    sandbox: SandboxBackend,
    tokens: Tokens,
    options: Options,
    log: RequestLog,
    ready: impl FnOnce(&str) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let tls = match &options.tls {
        Some((cert, key)) => Some(tls::server_config(cert, key)?),
        None => None,
    };
    let engine = sandbox.load_engine()?;
    let app = Arc::new(App {
        engine: Mutex::new(engine),
        sandbox,
        tokens,
        log,
        requests: AtomicU64::new(0),
        generation: AtomicU64::new(0),
        snapshot_cache: Mutex::new(None),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    let _watcher = watch::start(app.clone())?;
    runtime.block_on(async {
        let listener = TcpListener::bind(options.listen)
            .await
            .with_context(|| format!("cannot listen on '{}'", options.listen))?;
        let local = listener.local_addr()?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{local}");
        app.log.event(
            "info",
            &format!(
                "serving '{}' on {url}, state in '{}'",
                app.sandbox.storage().display(),
                app.sandbox.state_file().display()
            ),
        );
        ready(&url)?;
        let router = routes::router(app.clone());
        match tls {
            Some(config) => {
                axum::serve(tls::TlsListener::new(listener, config)?, router)
                    .with_graceful_shutdown(shutdown_signal())
                    .await?
            }
            None => {
                axum::serve(listener, router)
                    .with_graceful_shutdown(shutdown_signal())
                    .await?
            }
        }
        anyhow::Ok(())
    })?;
    // In-flight engine calls finish before the runtime is gone; then the state is final.
    drop(runtime);
    let engine = app.engine();
    app.save(&engine)?;
    app.log.event(
        "info",
        &format!(
            "stopped; state saved to '{}'",
            app.sandbox.state_file().display()
        ),
    );
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
