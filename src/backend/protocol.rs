//! The HTTP protocol's paths and the few bodies that are not requests or results of the
//! [`Backend`](super::Backend) trait (docs/protocol.md), shared by the client and `serve`.

use serde::{Deserialize, Serialize};

use super::TargetResult;

/// The protocol's version, the first segment of every path.
pub const PREFIX: &str = "/api/v1";

pub const HEALTH: &str = "/api/v1/health";
pub const SNAPSHOT: &str = "/api/v1/snapshot";
pub const STOP: &str = "/api/v1/stop";
pub const CLOSE: &str = "/api/v1/close";
pub const CLEAR_POOL: &str = "/api/v1/clear-pool";

/// The sandbox's workload operations; only a sandbox server (`sessionctl serve`) has them.
pub const SANDBOX: &str = "/api/v1/sandbox";

/// The answer to stop and close: one result per target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionResults {
    pub results: Vec<TargetResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TouchRequest {
    pub path: String,
}

/// disconnect and reconnect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRequest {
    pub session: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PoolSizeRequest {
    pub capacity: usize,
}

/// Every error answer: `{"error": {"code": "not_found", "message": "no session 5"}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// [`BackendError::code`](super::BackendError::code), `unauthorized` or `forbidden`.
    pub code: String,
    pub message: String,
}

/// The HTTP status each error code is sent with.
pub fn status_for_code(code: &str) -> u16 {
    match code {
        "invalid" => 400,
        "unauthorized" => 401,
        "forbidden" => 403,
        "not_found" => 404,
        "conflict" => 409,
        "storage" | "server" => 500,
        _ => 502,
    }
}
