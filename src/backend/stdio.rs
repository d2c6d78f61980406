//! The backend plugin protocol (docs/plugins.md): JSON lines over a pipe, one request
//! `{"op", "body"}` per line and one answer `{"ok": ..}` or `{"error": {code, message}}` per line.
//!
//! The bodies are those of the HTTP protocol. [`serve`] answers requests with any [`Backend`]
//! (`sessionctl backend-stdio`); the client side is `exec.rs`.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{
    Backend, BackendError, ClearPoolRequest, JobRequest, LoginRequest, OpenRequest,
    PopulateRequest, RunRequest,
};

/// The protocol's version, sent by the `hello` operation.
pub const PROTOCOL_VERSION: u32 = 1;

/// Every operation a backend plugin may be asked for; the workload ones only matter to a
/// plugin that simulates a server.
pub const OPERATIONS: &[&str] = &[
    "hello",
    "snapshot",
    "stop",
    "close",
    "clear_pool",
    "login",
    "open",
    "run",
    "batch",
    "integrator",
    "touch",
    "disconnect",
    "reconnect",
    "reset",
    "pool_size",
    "populate",
];

#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    pub op: String,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub body: Value,
}

/// One answer line: exactly one of `ok` and `error`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ok: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<WireError>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireError {
    /// [`BackendError::code`].
    pub code: String,
    pub message: String,
}

impl WireError {
    pub fn from_backend(error: &BackendError) -> WireError {
        WireError {
            code: error.code().to_owned(),
            message: error.to_string(),
        }
    }

    /// The error a plugin reported, as the variant its code names (and so its exit code).
    pub fn into_backend(self, server: &str) -> BackendError {
        let server = server.to_owned();
        let message = self.message;
        match self.code.as_str() {
            "unreachable" => BackendError::Unreachable {
                server,
                detail: message,
            },
            "tls" => BackendError::Tls {
                server,
                detail: message,
            },
            "unauthorized" | "forbidden" => BackendError::Auth {
                server,
                status: if self.code == "forbidden" { 403 } else { 401 },
                message,
            },
            "not_found" => BackendError::NotFound { server, message },
            "conflict" => BackendError::Conflict { server, message },
            "protocol" => BackendError::Protocol {
                server,
                detail: message,
            },
            "storage" => BackendError::Storage {
                path: std::path::PathBuf::new(),
                detail: message,
            },
            "invalid" => BackendError::Invalid { message },
            "server" | "timeout" => BackendError::Server {
                server,
                status: 500,
                message,
            },
            other => BackendError::Server {
                server,
                status: 500,
                message: format!("{message} (unknown error code '{other}')"),
            },
        }
    }
}

/// Answer requests from `input` on `output` with `backend` until `input` ends.
pub fn serve(
    backend: &dyn Backend,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> std::io::Result<()> {
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        if line.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str::<Request>(&line) {
            Ok(request) => match answer(backend, &request) {
                Ok(value) => Answer {
                    ok: Some(value),
                    error: None,
                },
                Err(error) => Answer {
                    ok: None,
                    error: Some(WireError::from_backend(&error)),
                },
            },
            Err(error) => Answer {
                ok: None,
                error: Some(WireError {
                    code: "invalid".to_owned(),
                    message: format!("invalid request line: {error}"),
                }),
            },
        };
        serde_json::to_writer(&mut *output, &answer)?;
        output.write_all(b"\n")?;
        output.flush()?;
    }
}

fn answer(backend: &dyn Backend, request: &Request) -> Result<Value, BackendError> {
    let op = request.op.as_str();
    match op {
        "hello" => {
            return Ok(json!({
                "protocol": PROTOCOL_VERSION,
                "server": backend.server_name(),
                "workload": backend.workload().is_some(),
            }));
        }
        "snapshot" => return to_value(backend.snapshot()?),
        "stop" => return to_value(json!({ "results": backend.stop(&body(request)?)? })),
        "close" => return to_value(json!({ "results": backend.close(&body(request)?)? })),
        "clear_pool" => return to_value(backend.clear_pool(&body::<ClearPoolRequest>(request)?)?),
        _ => {}
    }
    let Some(workload) = backend.workload() else {
        return Err(BackendError::Invalid {
            message: format!("server '{}' has no operation '{op}'", backend.server_name()),
        });
    };
    match op {
        "login" => to_value(workload.login(&body::<LoginRequest>(request)?)?),
        "open" => to_value(workload.open(&body::<OpenRequest>(request)?)?),
        "run" => to_value(workload.run(&body::<RunRequest>(request)?)?),
        "batch" => to_value(workload.batch(&body::<JobRequest>(request)?)?),
        "integrator" => to_value(workload.integrator(&body::<JobRequest>(request)?)?),
        "touch" => {
            let path: PathBody = body(request)?;
            workload.touch(&path.path)?;
            Ok(json!({}))
        }
        "disconnect" => to_value(workload.disconnect(body::<SessionBody>(request)?.session)?),
        "reconnect" => to_value(workload.reconnect(body::<SessionBody>(request)?.session)?),
        "reset" => {
            workload.reset()?;
            Ok(json!({}))
        }
        "pool_size" => {
            workload.pool_size(body::<CapacityBody>(request)?.capacity)?;
            Ok(json!({}))
        }
        "populate" => {
            workload.populate(&body::<PopulateRequest>(request)?)?;
            Ok(json!({}))
        }
        _ => Err(BackendError::Invalid {
            message: format!("unknown operation '{op}'"),
        }),
    }
}

/// `touch`.
#[derive(Debug, Serialize, Deserialize)]
pub struct PathBody {
    pub path: String,
}

/// `disconnect`, `reconnect`.
#[derive(Debug, Serialize, Deserialize)]
pub struct SessionBody {
    pub session: u32,
}

/// `pool_size`.
#[derive(Debug, Serialize, Deserialize)]
pub struct CapacityBody {
    pub capacity: usize,
}

/// `stop`, `close`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Results {
    pub results: Vec<super::TargetResult>,
}

fn body<T: serde::de::DeserializeOwned>(request: &Request) -> Result<T, BackendError> {
    serde_json::from_value(request.body.clone()).map_err(|e| BackendError::Invalid {
        message: format!("invalid body for '{}': {e}", request.op),
    })
}

fn to_value(value: impl Serialize) -> Result<Value, BackendError> {
    serde_json::to_value(value).map_err(|e| BackendError::Invalid {
        message: format!("cannot encode the answer: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_comes_back_as_the_same_code() {
        for code in [
            "unreachable",
            "tls",
            "unauthorized",
            "forbidden",
            "not_found",
            "conflict",
            "server",
            "protocol",
            "storage",
            "invalid",
        ] {
            let wire = WireError {
                code: code.to_owned(),
                message: "m".to_owned(),
            };
            assert_eq!(wire.into_backend("s").code(), code);
        }
    }
}
