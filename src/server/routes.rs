//! The paths of docs/protocol.md, their bodies and answers, the error answers, the ETag of the
//! snapshot, and the gate every request passes (authentication, role, the log line).

use std::hash::{Hash, Hasher};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::App;
use super::auth::Refusal;
use super::log::{Entry, Note};
use crate::backend::protocol::{
    self, ActionResults, ErrorBody, ErrorDetail, PoolSizeRequest, SessionRequest, TouchRequest,
};
use crate::backend::{
    ActionRequest, BackendError, ClearPoolRequest, JobRequest, LoginRequest, OpenRequest,
    PopulateRequest, RunRequest, Target,
};
use crate::engine::Engine;

pub(super) fn router(app: Arc<App>) -> Router {
    let sandbox = Router::new()
        .route("/login", post(login))
        .route("/open", post(open))
        .route("/run", post(run))
        .route("/batch", post(batch))
        .route("/integrator", post(integrator))
        .route("/touch", post(touch))
        .route("/disconnect", post(disconnect))
        .route("/reconnect", post(reconnect))
        .route("/reset", post(reset))
        .route("/pool-size", post(pool_size))
        .route("/populate", post(populate));
    Router::new()
        .route(protocol::HEALTH, get(health))
        .route(protocol::SNAPSHOT, get(snapshot))
        .route(protocol::STOP, post(stop))
        .route(protocol::CLOSE, post(close))
        .route(protocol::CLEAR_POOL, post(clear_pool))
        .nest(protocol::SANDBOX, sandbox)
        .fallback(unknown_path)
        .layer(middleware::from_fn_with_state(app.clone(), gate))
        .with_state(app)
}

/// The log's note on a request, filled in by its handler.
#[derive(Clone, Default)]
struct NoteSlot(Arc<Mutex<Note>>);

impl NoteSlot {
    fn set(&self, action: String, reason: Option<String>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Note { action, reason };
    }
}

/// Authentication and role first, the log line last.
async fn gate(State(app): State<Arc<App>>, mut request: Request, next: Next) -> Response {
    let start = Instant::now();
    let number = app.requests.fetch_add(1, Ordering::Relaxed) + 1;
    let slot = NoteSlot::default();
    slot.set(
        format!("{} {}", request.method(), request.uri().path()),
        None,
    );
    let authorization = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let public = request.uri().path() == protocol::HEALTH;
    let (user, response) = match app.tokens.caller(authorization) {
        _ if public => ("-".to_owned(), None),
        Err(Refusal::Unauthorized) | Err(Refusal::Forbidden) => (
            "-".to_owned(),
            Some(error_response(
                "unauthorized",
                "a valid bearer token is required (Authorization: Bearer TOKEN)".to_owned(),
            )),
        ),
        Ok(caller) if !caller.is_admin() => (
            caller.user.clone(),
            Some(error_response(
                "forbidden",
                format!(
                    "user '{}' does not have the Administration role, which the Session \
                     Manager requires",
                    caller.user
                ),
            )),
        ),
        Ok(caller) => (caller.user.clone(), None),
    };
    let response = match response {
        Some(refused) => refused,
        None => {
            request.extensions_mut().insert(slot.clone());
            next.run(request).await
        }
    };
    let note = slot.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
    app.log.write(&Entry {
        at: Utc::now(),
        user: &user,
        request: number,
        note: &note,
        status: response.status().as_u16(),
        took: start.elapsed(),
    });
    response
}

/// A failure, sent as `{"error": {"code", "message"}}` with the code's status.
struct ApiError(ErrorDetail);

impl From<BackendError> for ApiError {
    fn from(error: BackendError) -> Self {
        ApiError(ErrorDetail {
            code: error.code().to_owned(),
            message: error.to_string(),
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(&self.0.code, self.0.message)
    }
}

fn error_response(code: &str, message: String) -> Response {
    let status = StatusCode::from_u16(protocol::status_for_code(code))
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = ErrorBody {
        error: ErrorDetail {
            code: code.to_owned(),
            message,
        },
    };
    (status, axum::Json(body)).into_response()
}

fn invalid(message: String) -> ApiError {
    ApiError(ErrorDetail {
        code: "invalid".to_owned(),
        message,
    })
}

/// A request body, with the field that is wrong named when it is.
fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    let mut json = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut json).map_err(|e| {
        let path = e.path().to_string();
        if path == "." {
            invalid(format!("invalid request body: {}", e.inner()))
        } else {
            invalid(format!("invalid request body at '{path}': {}", e.inner()))
        }
    })
}

/// Run `operation` on the engine off the async threads; `save` writes the state afterwards.
async fn with_engine<T: Send + 'static>(
    app: &Arc<App>,
    save: bool,
    operation: impl FnOnce(&mut Engine) -> Result<T, BackendError> + Send + 'static,
) -> Result<T, ApiError> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || {
        let mut engine = app.engine();
        let result = operation(&mut engine);
        if save {
            app.save(&engine)?;
        }
        result
    })
    .await
    .map_err(|e| {
        ApiError(ErrorDetail {
            code: "server".to_owned(),
            message: format!("the request failed inside the server: {e}"),
        })
    })?
    .map_err(ApiError::from)
}

fn json<T: Serialize>(value: &T) -> Response {
    axum::Json(value).into_response()
}

async fn health() -> Response {
    json(&serde_json::json!({
        "status": "ok",
        "sandbox": true,
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

async fn unknown_path(request: Request) -> ApiError {
    ApiError(ErrorDetail {
        code: "not_found".to_owned(),
        message: format!(
            "no such path '{} {}' in the protocol (docs/protocol.md)",
            request.method(),
            request.uri().path()
        ),
    })
}

/// A snapshot's JSON, kept for reuse: building and encoding 50,000 packages takes hundreds of
/// milliseconds, and an unchanged state gives the same document but for `taken_at`.
pub(super) struct CachedSnapshot {
    generation: u64,
    /// What a refresh could change without a request: the pool and the number of instances.
    fingerprint: (Vec<u64>, usize),
    body: Vec<u8>,
    /// Where `taken_at`'s value is in `body`.
    taken_at: std::ops::Range<usize>,
    etag: String,
}

/// What a refresh may change on its own (ended runs, changed files, released shared packages).
fn fingerprint(engine: &Engine) -> (Vec<u64>, usize) {
    let state = engine.state();
    (state.pool.clone(), state.instances.len())
}

/// The snapshot's JSON and ETag: the cached one (with `taken_at` now) while nothing changed
/// and nothing executes, else a new one.
fn snapshot_body(app: &App, engine: &mut Engine) -> Result<(Vec<u8>, String), BackendError> {
    let generation = app.generation.load(Ordering::SeqCst);
    engine.refresh();
    let executing = engine
        .state()
        .instances
        .values()
        .any(|i| i.execution.is_some());
    let mut cache = app.snapshot_cache.lock().unwrap_or_else(|e| e.into_inner());
    if !executing
        && let Some(cached) = cache.as_ref()
        && cached.generation == generation
        && cached.fingerprint == fingerprint(engine)
    {
        let now = serde_json::to_vec(&engine.now()).unwrap_or_default();
        let mut body = Vec::with_capacity(cached.body.len() + 8);
        body.extend_from_slice(&cached.body[..cached.taken_at.start]);
        body.extend_from_slice(&now);
        body.extend_from_slice(&cached.body[cached.taken_at.end..]);
        return Ok((body, cached.etag.clone()));
    }
    let snapshot = engine.snapshot();
    let body = serde_json::to_vec(&snapshot).map_err(|e| BackendError::Server {
        server: engine.name().to_owned(),
        status: 500,
        message: format!("cannot encode the snapshot: {e}"),
    })?;
    let taken_at = taken_at_range(&body);
    let etag = etag_of(&body, taken_at.clone());
    *cache = taken_at.clone().map(|taken_at| CachedSnapshot {
        generation,
        fingerprint: fingerprint(engine),
        body: body.clone(),
        taken_at,
        etag: etag.clone(),
    });
    Ok((body, etag))
}

async fn snapshot(
    State(app): State<Arc<App>>,
    axum::Extension(note): axum::Extension<NoteSlot>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    note.set("snapshot".to_owned(), None);
    let shared = app.clone();
    let (body, etag) =
        with_engine(&app, false, move |engine| snapshot_body(&shared, engine)).await?;
    let etag_value = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""));
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|given| {
            given
                .split(',')
                .map(|tag| tag.trim().trim_start_matches("W/"))
                .any(|tag| tag == etag || tag == "*")
        });
    if unchanged {
        note.set("snapshot (not modified)".to_owned(), None);
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag_value)]).into_response());
    }
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::ETAG, etag_value),
        ],
        Body::from(body),
    )
        .into_response())
}

/// Where the value of the snapshot's `taken_at` is in its JSON, quotes included.
fn taken_at_range(body: &[u8]) -> Option<std::ops::Range<usize>> {
    // `"taken_at":"` cannot occur inside a JSON string (its quotes would be escaped), so the
    // first occurrence is the snapshot's own field.
    let key = b"\"taken_at\":";
    let start = body.windows(key.len()).position(|w| w == key)? + key.len();
    let close = body.get(start + 1..)?.iter().position(|b| *b == b'"')?;
    Some(start..start + 1 + close + 1)
}

/// The snapshot's ETag: a hash of its JSON without `taken_at`, which changes on every request.
fn etag_of(body: &[u8], taken_at: Option<std::ops::Range<usize>>) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    match taken_at {
        Some(range) => {
            body[..range.start].hash(&mut hasher);
            body[range.end..].hash(&mut hasher);
        }
        None => body.hash(&mut hasher),
    }
    format!("\"v1-{:016x}\"", hasher.finish())
}

fn targets_text(targets: &[Target]) -> String {
    let addresses: Vec<String> = targets.iter().map(|t| t.address.to_string()).collect();
    addresses.join(", ")
}

async fn stop(
    State(app): State<Arc<App>>,
    axum::Extension(note): axum::Extension<NoteSlot>,
    body: Bytes,
) -> Result<Response, ApiError> {
    act(app, note, body, "stop", Engine::stop).await
}

async fn close(
    State(app): State<Arc<App>>,
    axum::Extension(note): axum::Extension<NoteSlot>,
    body: Bytes,
) -> Result<Response, ApiError> {
    act(app, note, body, "close", Engine::close).await
}

/// Stop and close alike: parse the targets, note them for the log, run the engine's action.
async fn act(
    app: Arc<App>,
    note: NoteSlot,
    body: Bytes,
    verb: &str,
    action: fn(&mut Engine, &ActionRequest) -> Vec<crate::backend::TargetResult>,
) -> Result<Response, ApiError> {
    let request: ActionRequest = parse(&body)?;
    note.set(
        format!("{verb} {}", targets_text(&request.targets)),
        request.reason.clone(),
    );
    let results = with_engine(&app, true, move |e| Ok(action(e, &request))).await?;
    Ok(json(&ActionResults { results }))
}

async fn clear_pool(
    State(app): State<Arc<App>>,
    axum::Extension(note): axum::Extension<NoteSlot>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let request: ClearPoolRequest = parse(&body)?;
    let action = match &request.only {
        Some(ids) => {
            let ids: Vec<String> = ids.iter().map(|id| format!("pool/{id}")).collect();
            format!("clear-pool {}", ids.join(", "))
        }
        None => "clear-pool".to_owned(),
    };
    note.set(action, request.reason.clone());
    let result = with_engine(&app, true, move |e| Ok(e.clear_pool(&request))).await?;
    Ok(json(&result))
}

/// A sandbox operation: parse the body, note it, run it on the engine, save, answer.
macro_rules! workload_route {
    ($name:ident, $request:ty, |$engine:ident, $r:ident| $call:expr, |$n:ident| $note:expr) => {
        async fn $name(
            State(app): State<Arc<App>>,
            axum::Extension(note): axum::Extension<NoteSlot>,
            body: Bytes,
        ) -> Result<Response, ApiError> {
            let $r: $request = parse(&body)?;
            {
                let $n = &$r;
                note.set(format!("sandbox {}", $note), None);
            }
            let answer = with_engine(&app, true, move |$engine| $call).await?;
            Ok(json(&answer))
        }
    };
}

workload_route!(login, LoginRequest, |e, r| e.login(&r), |r| format!(
    "login {}",
    r.user
));
workload_route!(open, OpenRequest, |e, r| e.open(&r), |r| format!(
    "open {} {}",
    r.session,
    r.path.as_deref().unwrap_or("(draft)")
));
workload_route!(run, RunRequest, |e, r| e.run(&r), |r| format!(
    "run {}",
    r.address
));
workload_route!(batch, JobRequest, |e, r| e.batch(&r), |r| format!(
    "batch {}",
    r.path
));
workload_route!(
    integrator,
    JobRequest,
    |e, r| e.integrator(&r),
    |r| format!("integrator {}", r.path)
);
workload_route!(
    touch,
    TouchRequest,
    |e, r| e.touch(&r.path).map(|()| serde_json::json!({})),
    |r| format!("touch {}", r.path)
);
workload_route!(
    disconnect,
    SessionRequest,
    |e, r| e.disconnect(r.session),
    |r| format!("disconnect {}", r.session)
);
workload_route!(
    reconnect,
    SessionRequest,
    |e, r| e.reconnect(r.session),
    |r| format!("reconnect {}", r.session)
);
workload_route!(
    pool_size,
    PoolSizeRequest,
    |e, r| e
        .set_pool_capacity(r.capacity)
        .map(|_| serde_json::json!({})),
    |r| format!("pool-size {}", r.capacity)
);

workload_route!(
    populate,
    PopulateRequest,
    |e, r| e.populate(&r).map(|()| serde_json::json!({})),
    |r| format!(
        "populate {} sessions, {} packages, {} shared",
        r.sessions, r.packages, r.shared
    )
);

async fn reset(
    State(app): State<Arc<App>>,
    axum::Extension(note): axum::Extension<NoteSlot>,
) -> Result<Response, ApiError> {
    note.set("sandbox reset".to_owned(), None);
    with_engine(&app, true, |e| {
        e.reset();
        Ok(())
    })
    .await?;
    Ok(json(&serde_json::json!({})))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_etag_ignores_the_time_the_snapshot_was_taken_and_nothing_else() {
        let a = br#"{"schema":1,"server":{"name":"x"},"taken_at":"2026-12-03T12:00:00Z","sessions":[]}"#;
        let b = br#"{"schema":1,"server":{"name":"x"},"taken_at":"2026-12-03T12:00:05.123Z","sessions":[]}"#;
        let c = br#"{"schema":1,"server":{"name":"x"},"taken_at":"2026-12-03T12:00:00Z","sessions":[1]}"#;
        let tag = |body: &[u8]| etag_of(body, taken_at_range(body));
        assert_eq!(tag(a), tag(b));
        assert_ne!(tag(a), tag(c));
        let range = taken_at_range(a).unwrap();
        assert_eq!(&a[range], b"\"2026-12-03T12:00:00Z\"");
    }
}
