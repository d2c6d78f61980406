//! The demo: a small file storage of real-format package files, generated once, and a workload
//! that keeps it alive (users from several hosts, a draft, a batch run whose progress moves,
//! Integrator calls filling the pool, a shared package referenced from several sessions).

use std::io;
use std::path::Path;
use std::time::Duration;

use crate::backend::{BackendError, JobRequest, LoginRequest, OpenRequest, RunRequest};
use crate::engine::Engine;
use crate::model::{Address, Role, SessionKind};
use crate::package::{FileReference, PackageFile, write_package};

/// (storage path, name, version, references as (hint path, name, mask)).
type DemoPackage = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, &'static str, &'static str)],
);

const PACKAGES: &[DemoPackage] = &[
    (
        "/shared/libs/common_kit.mgp",
        "common_kit",
        Some("2.1.0"),
        &[],
    ),
    (
        "/shared/libs/python_kit.mgp",
        "python_kit",
        Some("3.2.5"),
        &[],
    ),
    (
        "/shared/libs/scoring_kit.mgp",
        "scoring_kit",
        Some("1.4.2"),
        &[
            ("common_kit.mgp", "common_kit", "^2.0.0"),
            ("python_kit.mgp", "python_kit", "^3.0.0"),
        ],
    ),
    (
        "/user/data/churn-model.mgp",
        "churn_model",
        None,
        &[("../../shared/libs/scoring_kit.mgp", "scoring_kit", "^1.4.0")],
    ),
    (
        "/user/data/customer-segments.mgp",
        "customer_segments",
        Some("1.2.0"),
        &[("../../shared/libs/common_kit.mgp", "common_kit", "^2.1.0")],
    ),
    (
        "/analyst/reports/sales-dashboard.mgp",
        "sales_dashboard",
        Some("2.0.1"),
        &[("../../shared/libs/common_kit.mgp", "common_kit", "^2.0.0")],
    ),
    ("/admin/maintenance.mgp", "maintenance", Some("1.0.3"), &[]),
    (
        "/service/batch/nightly-load.mgp",
        "nightly_load",
        Some("1.7.0"),
        &[("../../shared/libs/common_kit.mgp", "common_kit", "^2.0.0")],
    ),
    (
        "/service/web/credit-scoring.mgp",
        "credit_scoring",
        Some("3.0.0"),
        &[("../../shared/libs/scoring_kit.mgp", "scoring_kit", "^1.0.0")],
    ),
    (
        "/service/web/price-quote.mgp",
        "price_quote",
        Some("1.1.0"),
        &[("../../shared/libs/common_kit.mgp", "common_kit", "^2.0.0")],
    ),
];

/// Write the demo storage into `dir` unless it is there already.
pub fn ensure_storage(dir: &Path) -> io::Result<()> {
    for (index, (path, name, version, references)) in PACKAGES.iter().enumerate() {
        let file = dir.join(path.trim_start_matches('/'));
        if file.exists() {
            continue;
        }
        let package = PackageFile {
            guid: demo_guid(index),
            name: (*name).to_owned(),
            version: version.map(str::to_owned),
            app_version: Some("7.3.1".to_owned()),
            locale: Some("en_GB".to_owned()),
            protected: false,
            references: references
                .iter()
                .enumerate()
                .map(|(r, (hint, name, mask))| FileReference {
                    guid: demo_guid(100 + index * 10 + r),
                    hint_path: (*hint).to_owned(),
                    name: (*name).to_owned(),
                    target_guid: PACKAGES
                        .iter()
                        .position(|p| p.1 == *name)
                        .map(demo_guid)
                        .unwrap_or_default(),
                    version_mask: Some((*mask).to_owned()),
                })
                .collect(),
        };
        write_package(&file, &package)?;
    }
    Ok(())
}

/// Deterministic GUIDs, so that the demo storage is the same on every machine.
fn demo_guid(n: usize) -> String {
    format!("5e551071-c0de-4d00-8000-{n:012x}")
}

/// The demo's workload, on a fresh engine over the demo storage.
pub fn seed_workload(engine: &mut Engine) -> Result<(), BackendError> {
    let login = |engine: &mut Engine, user: &str, host: &str, roles: &[Role]| {
        engine
            .login(&LoginRequest {
                user: user.to_owned(),
                host: host.to_owned(),
                roles: roles.to_vec(),
                kind: SessionKind::Interactive,
            })
            .map(|s| s.id)
    };
    let open = |engine: &mut Engine, session: u32, path: Option<&str>| {
        engine
            .open(&OpenRequest {
                session,
                path: path.map(str::to_owned),
            })
            .map(|p| p.id)
    };

    let admin = login(engine, "admin", "10.0.0.2", &[Role::Admin])?;
    open(engine, admin, Some("/admin/maintenance.mgp"))?;

    let user = login(
        engine,
        "user",
        "10.0.8.15 -> 10.0.0.1",
        &[Role::Design, Role::Viewer],
    )?;
    let churn = open(engine, user, Some("/user/data/churn-model.mgp"))?;
    open(engine, user, Some("/user/data/customer-segments.mgp"))?;
    engine.run(&RunRequest {
        address: Address::SessionPackage(user, churn),
        node: "Train model".to_owned(),
        duration: Duration::from_secs(60 * 60),
        progress: true,
        stop_delay: Duration::ZERO,
    })?;

    let drafting = login(
        engine,
        "user",
        "10.0.8.15 -> 10.0.0.1",
        &[Role::Design, Role::Viewer],
    )?;
    open(engine, drafting, None)?;

    let analyst = login(engine, "analyst", "10.0.3.7", &[Role::Viewer])?;
    open(
        engine,
        analyst,
        Some("/analyst/reports/sales-dashboard.mgp"),
    )?;

    for path in [
        "/service/web/credit-scoring.mgp",
        "/service/web/price-quote.mgp",
    ] {
        engine.integrator(&job(path, Duration::ZERO))?;
    }
    // The nightly load runs for ten minutes and starts over, so the demo always has a batch
    // run whose progress moves.
    engine.job(
        &job(
            "/service/batch/nightly-load.mgp",
            Duration::from_secs(10 * 60),
        ),
        SessionKind::Batch,
        true,
    )?;
    Ok(())
}

fn job(path: &str, duration: Duration) -> JobRequest {
    JobRequest {
        path: path.to_owned(),
        duration,
        host: "10.0.0.20".to_owned(),
    }
}
