//! Several servers at once: their snapshots fetched in parallel under one deadline, so that a
//! fleet is as slow as its slowest server and never slower than the deadline.

use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::backend::{Backend, BackendError};
use crate::model::Snapshot;

/// Each backend's snapshot, in the backends' order. One backend is asked directly; several
/// are asked at once, and one that has not answered by the latest of their deadlines is
/// reported as timed out while the others are shown.
pub fn snapshots(backends: &[Arc<dyn Backend>]) -> Vec<Result<Snapshot, BackendError>> {
    if let [backend] = backends {
        return vec![backend.snapshot()];
    }
    let deadline = backends.iter().filter_map(|b| b.deadline()).max();
    let (tx, rx) = mpsc::channel();
    for (index, backend) in backends.iter().enumerate() {
        let backend = backend.clone();
        let tx = tx.clone();
        // Detached: a server that hangs past the deadline must not hold the command up.
        std::thread::spawn(move || {
            let _ = tx.send((index, backend.snapshot()));
        });
    }
    drop(tx);
    let mut results: Vec<Option<Result<Snapshot, BackendError>>> =
        backends.iter().map(|_| None).collect();
    let start = Instant::now();
    loop {
        let received = match deadline {
            Some(deadline) => match deadline.checked_sub(start.elapsed()) {
                Some(left) => rx.recv_timeout(left).ok(),
                None => None,
            },
            None => rx.recv().ok(),
        };
        match received {
            Some((index, result)) => results[index] = Some(result),
            None => break,
        }
    }
    results
        .into_iter()
        .zip(backends)
        .map(|(result, backend)| {
            result.unwrap_or_else(|| {
                Err(BackendError::Timeout {
                    server: backend.server_name().to_owned(),
                    timeout: deadline.unwrap_or(Duration::ZERO),
                })
            })
        })
        .collect()
}
