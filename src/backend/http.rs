//! The HTTP backend: the protocol of docs/protocol.md, spoken with reqwest (blocking, rustls).
//!
//! Reads (the snapshot) are retried with backoff when the server cannot be reached or is
//! briefly unavailable; stop, close and clear-pool are sent once, never again: a retry could
//! act twice. Every failure is a [`BackendError`] naming the server.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::header::{self, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::protocol::{
    self, ActionResults, ErrorBody, PoolSizeRequest, SessionRequest, TouchRequest,
};
use super::{
    ActionRequest, Backend, BackendError, ClearPoolRequest, ClearPoolResult, JobRequest, JobResult,
    LoginRequest, OpenRequest, PopulateRequest, ReconnectResult, RunRequest, TargetResult,
    Workload,
};
use crate::model::{Package, Session, Snapshot};

/// The largest answer read; a snapshot of 10,000 sessions is about 30 MiB.
pub const MAX_ANSWER_BYTES: u64 = 256 * 1024 * 1024;

/// How often a read is tried before its failure is reported.
const READ_ATTEMPTS: u32 = 3;

/// The wait before the first retry; it doubles each time.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);

/// The default of `--timeout`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything a connection to one server needs.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// The name the server is shown under: its config name, or the URL.
    pub name: String,
    pub url: String,
    pub token: Option<String>,
    /// A PEM file with the certificate authorities to trust, beside the built-in ones.
    pub ca_file: Option<PathBuf>,
    /// Accept any certificate (the caller warns).
    pub insecure: bool,
    pub timeout: Duration,
    pub protected: bool,
}

pub struct HttpBackend {
    name: String,
    base: String,
    token: Option<HeaderValue>,
    client: Client,
    timeout: Duration,
    protected: bool,
    /// The last snapshot's ETag and JSON: a snapshot that has not changed costs a 304 and a
    /// parse, not a transfer. (The JSON, not the parsed snapshot: keeping it is a move.)
    cached: Mutex<Option<(HeaderValue, Vec<u8>)>>,
}

impl HttpBackend {
    pub fn new(options: HttpOptions) -> Result<HttpBackend, BackendError> {
        let invalid = |message: String| BackendError::Invalid { message };
        let url = reqwest::Url::parse(&options.url)
            .map_err(|e| invalid(format!("invalid server URL '{}': {e}", options.url)))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(invalid(format!(
                "invalid server URL '{}': the scheme must be http or https",
                options.url
            )));
        }
        let mut builder = Client::builder()
            .use_rustls_tls()
            .connect_timeout(options.timeout)
            .timeout(options.timeout)
            .user_agent(concat!("sessionctl/", env!("CARGO_PKG_VERSION")));
        // A proxy from the environment has no business with a server on this machine.
        if url.host_str().is_some_and(|h| {
            h == "localhost"
                || h.parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
                || h == "[::1]"
        }) {
            builder = builder.no_proxy();
        }
        if let Some(ca_file) = &options.ca_file {
            let pem = std::fs::read(ca_file).map_err(|e| {
                invalid(format!(
                    "cannot read the CA file '{}': {e}",
                    ca_file.display()
                ))
            })?;
            let certificates = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| invalid(format!("invalid CA file '{}': {e}", ca_file.display())))?;
            if certificates.is_empty() {
                return Err(invalid(format!(
                    "invalid CA file '{}': no PEM certificate in it",
                    ca_file.display()
                )));
            }
            for certificate in certificates {
                builder = builder.add_root_certificate(certificate);
            }
        }
        if options.insecure {
            builder = builder.danger_accept_invalid_certs(true);
        }
        let client = builder.build().map_err(|e| BackendError::Tls {
            server: options.name.clone(),
            detail: error_chain(&e),
        })?;
        let token = match options.token {
            Some(token) => {
                let mut value = HeaderValue::from_str(&format!("Bearer {}", token.trim()))
                    .map_err(|_| {
                        invalid(format!(
                            "the token for server '{}' has characters a header cannot carry",
                            options.name
                        ))
                    })?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        Ok(HttpBackend {
            name: options.name,
            base: options.url.trim_end_matches('/').to_owned(),
            token,
            client,
            timeout: options.timeout,
            protected: options.protected,
            cached: Mutex::new(None),
        })
    }

    fn get(&self, path: &str) -> RequestBuilder {
        self.authorized(self.client.get(format!("{}{path}", self.base)))
    }

    fn post<B: Serialize>(&self, path: &str, body: &B) -> RequestBuilder {
        self.authorized(self.client.post(format!("{}{path}", self.base)).json(body))
    }

    fn authorized(&self, request: RequestBuilder) -> RequestBuilder {
        match &self.token {
            Some(token) => request.header(header::AUTHORIZATION, token.clone()),
            None => request,
        }
    }

    /// Send a request once, or (`retry`) up to three times while the server cannot be
    /// reached or answers 502, 503 or 504.
    fn send(&self, request: RequestBuilder, retry: bool) -> Result<Response, BackendError> {
        let attempts = if retry { READ_ATTEMPTS } else { 1 };
        let mut backoff = FIRST_BACKOFF;
        let mut attempt = 1;
        loop {
            let this = request.try_clone().ok_or_else(|| BackendError::Invalid {
                message: "a request body that cannot be sent twice".to_owned(),
            })?;
            let result = this.send().map_err(|e| self.transport_error(&e));
            let again = match &result {
                Err(BackendError::Unreachable { .. }) => true,
                Ok(response) => matches!(
                    response.status(),
                    StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                ),
                Err(_) => false,
            };
            if !again || attempt >= attempts {
                return result;
            }
            std::thread::sleep(backoff);
            backoff *= 2;
            attempt += 1;
        }
    }

    /// A request whose answer is JSON of type `T`.
    fn call<T: DeserializeOwned>(
        &self,
        what: &str,
        request: RequestBuilder,
        retry: bool,
    ) -> Result<T, BackendError> {
        let response = self.send(request, retry)?;
        let status = response.status();
        let body = self.read_body(response)?;
        if !status.is_success() {
            return Err(self.status_error(status, &body));
        }
        self.decode(what, &body)
    }

    fn read_body(&self, response: Response) -> Result<Vec<u8>, BackendError> {
        if response
            .content_length()
            .is_some_and(|n| n > MAX_ANSWER_BYTES)
        {
            return Err(self.too_large());
        }
        let mut body = Vec::new();
        response
            .take(MAX_ANSWER_BYTES + 1)
            .read_to_end(&mut body)
            .map_err(|e| {
                let timed_out = e.kind() == std::io::ErrorKind::TimedOut
                    || error_chain(&e).contains("timed out");
                if timed_out {
                    BackendError::Timeout {
                        server: self.name.clone(),
                        timeout: self.timeout,
                    }
                } else {
                    BackendError::Protocol {
                        server: self.name.clone(),
                        detail: format!("the answer was cut short: {}", error_chain(&e)),
                    }
                }
            })?;
        if body.len() as u64 > MAX_ANSWER_BYTES {
            return Err(self.too_large());
        }
        Ok(body)
    }

    fn too_large(&self) -> BackendError {
        BackendError::Protocol {
            server: self.name.clone(),
            detail: format!("the answer is larger than {} MiB", MAX_ANSWER_BYTES >> 20),
        }
    }

    /// JSON of type `T`, or an error that names the field that is wrong.
    fn decode<T: DeserializeOwned>(&self, what: &str, body: &[u8]) -> Result<T, BackendError> {
        // Tracking the path costs as much as the parse itself; it is needed only to explain
        // a failure, so a failed parse is done again with it.
        if let Ok(value) = serde_json::from_slice(body) {
            return Ok(value);
        }
        let mut json = serde_json::Deserializer::from_slice(body);
        serde_path_to_error::deserialize(&mut json).map_err(|e| {
            let at = match e.path().to_string().as_str() {
                "." => String::new(),
                path => format!(" at '{path}'"),
            };
            BackendError::Protocol {
                server: self.name.clone(),
                detail: format!("invalid JSON in the {what}{at}: {}", e.inner()),
            }
        })
    }

    /// The error an answer with a failure status stands for, with the server's message.
    fn status_error(&self, status: StatusCode, body: &[u8]) -> BackendError {
        let message = match serde_json::from_slice::<ErrorBody>(body) {
            Ok(error) => sanitize(&error.error.message),
            Err(_) if body.is_empty() => status
                .canonical_reason()
                .unwrap_or("no message")
                .to_lowercase(),
            Err(_) => {
                let text = String::from_utf8_lossy(&body[..body.len().min(200)]);
                sanitize(text.trim())
            }
        };
        let server = self.name.clone();
        match status.as_u16() {
            401 | 403 => BackendError::Auth {
                server,
                status: status.as_u16(),
                message,
            },
            404 => BackendError::NotFound {
                message: format!("server '{server}': {message}"),
                server,
            },
            409 => BackendError::Conflict {
                message: format!("server '{server}': {message}"),
                server,
            },
            400 | 422 => BackendError::Invalid {
                message: format!("server '{server}' refused the request: {message}"),
            },
            500.. => BackendError::Server {
                server,
                status: status.as_u16(),
                message,
            },
            other => BackendError::Protocol {
                server,
                detail: format!("unexpected status {other}: {message}"),
            },
        }
    }

    fn transport_error(&self, error: &reqwest::Error) -> BackendError {
        let server = self.name.clone();
        let detail = root_cause(error);
        if is_tls_failure(error) {
            return BackendError::Tls { server, detail };
        }
        if error.is_timeout() {
            // A connection that could not even be opened in time is unreachable.
            if error.is_connect() {
                return BackendError::Unreachable { server, detail };
            }
            return BackendError::Timeout {
                server,
                timeout: self.timeout,
            };
        }
        if error.is_connect() || error.is_request() {
            return BackendError::Unreachable { server, detail };
        }
        BackendError::Protocol { server, detail }
    }
}

impl Backend for HttpBackend {
    fn server_name(&self) -> &str {
        &self.name
    }

    fn snapshot(&self) -> Result<Snapshot, BackendError> {
        let cached = self
            .cached
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .map(|(etag, _)| etag.clone());
        let mut request = self.get(protocol::SNAPSHOT);
        if let Some(etag) = &cached {
            request = request.header(header::IF_NONE_MATCH, etag.clone());
        }
        let response = self.send(request, true)?;
        let status = response.status();
        let etag = response.headers().get(header::ETAG).cloned();
        let (body, etag) = if status == StatusCode::NOT_MODIFIED
            && let Some((etag, body)) = self.cached.lock().unwrap_or_else(|e| e.into_inner()).take()
        {
            (body, Some(etag))
        } else {
            let body = self.read_body(response)?;
            if !status.is_success() {
                return Err(self.status_error(status, &body));
            }
            (body, etag)
        };
        let mut snapshot: Snapshot = self.decode("snapshot", &body)?;
        if status == StatusCode::NOT_MODIFIED {
            snapshot.taken_at = chrono::Utc::now();
        }
        // The server knows itself by its own name; administrators know it by ours.
        snapshot.server.name = self.name.clone();
        if let Some(etag) = etag {
            *self.cached.lock().unwrap_or_else(|e| e.into_inner()) = Some((etag, body));
        }
        Ok(snapshot)
    }

    fn stop(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
        let answer: ActionResults =
            self.call("answer to stop", self.post(protocol::STOP, request), false)?;
        Ok(answer.results)
    }

    fn close(&self, request: &ActionRequest) -> Result<Vec<TargetResult>, BackendError> {
        let answer: ActionResults = self.call(
            "answer to close",
            self.post(protocol::CLOSE, request),
            false,
        )?;
        Ok(answer.results)
    }

    fn clear_pool(&self, request: &ClearPoolRequest) -> Result<ClearPoolResult, BackendError> {
        self.call(
            "answer to clear-pool",
            self.post(protocol::CLEAR_POOL, request),
            false,
        )
    }

    fn protected(&self) -> bool {
        self.protected
    }

    fn deadline(&self) -> Option<Duration> {
        // Retries follow quick failures only (refused, 502-504); their backoff is 100+200 ms.
        Some(self.timeout + Duration::from_secs(1))
    }

    fn workload(&self) -> Option<&dyn Workload> {
        Some(self)
    }
}

impl HttpBackend {
    fn sandbox_call<B: Serialize, T: DeserializeOwned>(
        &self,
        operation: &str,
        body: &B,
    ) -> Result<T, BackendError> {
        let path = format!("{}/{operation}", protocol::SANDBOX);
        self.call(
            &format!("answer to sandbox {operation}"),
            self.post(&path, body),
            false,
        )
    }
}

/// The answer of the operations that return nothing.
#[derive(serde::Deserialize)]
struct Empty {}

impl Workload for HttpBackend {
    fn login(&self, request: &LoginRequest) -> Result<Session, BackendError> {
        self.sandbox_call("login", request)
    }

    fn open(&self, request: &OpenRequest) -> Result<Package, BackendError> {
        self.sandbox_call("open", request)
    }

    fn run(&self, request: &RunRequest) -> Result<Package, BackendError> {
        self.sandbox_call("run", request)
    }

    fn batch(&self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.sandbox_call("batch", request)
    }

    fn integrator(&self, request: &JobRequest) -> Result<JobResult, BackendError> {
        self.sandbox_call("integrator", request)
    }

    fn touch(&self, path: &str) -> Result<(), BackendError> {
        let _: Empty = self.sandbox_call(
            "touch",
            &TouchRequest {
                path: path.to_owned(),
            },
        )?;
        Ok(())
    }

    fn disconnect(&self, session: u32) -> Result<Session, BackendError> {
        self.sandbox_call("disconnect", &SessionRequest { session })
    }

    fn reconnect(&self, session: u32) -> Result<ReconnectResult, BackendError> {
        self.sandbox_call("reconnect", &SessionRequest { session })
    }

    fn reset(&self) -> Result<(), BackendError> {
        let _: Empty = self.sandbox_call("reset", &serde_json::json!({}))?;
        Ok(())
    }

    fn pool_size(&self, capacity: usize) -> Result<(), BackendError> {
        let _: Empty = self.sandbox_call("pool-size", &PoolSizeRequest { capacity })?;
        Ok(())
    }

    fn populate(&self, request: &PopulateRequest) -> Result<(), BackendError> {
        let _: Empty = self.sandbox_call("populate", request)?;
        Ok(())
    }
}

/// An error and its causes, `a: b: c`, each said once.
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cause = Some(error);
    while let Some(e) = cause {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        cause = e.source();
    }
    parts.join(": ")
}

/// The innermost cause: "connection refused", "invalid peer certificate: UnknownIssuer".
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    let text = cause.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => error.to_string(),
    }
}

/// Whether a transport failure is TLS's: a handshake or a certificate that was refused.
fn is_tls_failure(error: &reqwest::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = cause {
        if e.downcast_ref::<rustls::Error>().is_some() {
            return true;
        }
        // io::Error hides the error it wraps from `source()`; look inside.
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
        {
            return true;
        }
        cause = e.source();
    }
    // The connector boxes its errors, which hides their types; rustls's messages say what
    // they are ("invalid peer certificate: UnknownIssuer", "received corrupt message").
    let root = root_cause(error).to_lowercase();
    ["certificate", "tls", "handshake", "corrupt message"]
        .iter()
        .any(|word| root.contains(word))
}

/// Server-supplied text without control characters, before it reaches a terminal.
fn sanitize(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}
