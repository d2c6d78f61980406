//! Package files (`.lgp`, `.mgp`): what sessionctl needs of them, and the rules that relate
//! one package to another.
//!
//! `reader` takes the identity and the references out of a file without touching its units,
//! `writer` makes real package files for the demo storage. This file holds the types and the
//! two pieces of logic callers apply to references: version masks and hint paths.

mod reader;
mod writer;

use serde::{Deserialize, Serialize};

use crate::model::DEFAULT_PACKAGE_VERSION;

pub use reader::{PackageError, read_package};
pub use writer::write_package;

/// What sessionctl needs of a .lgp/.mgp package file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageFile {
    pub guid: String,
    /// PackageInfo@Name, e.g. `data_load`.
    pub name: String,
    /// PackageInfo@Version as written, None when absent (callers treat that as 1.0.0).
    pub version: Option<String>,
    pub app_version: Option<String>,
    pub locale: Option<String>,
    /// True when the archive has a `password` entry or any entry is encrypted (the units of
    /// protected packages use ZIP method 99, AES).
    pub protected: bool,
    pub references: Vec<FileReference>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileReference {
    /// Item@Guid
    pub guid: String,
    /// Item@HintPath, relative to the referencing file, e.g. `../libs/x.lgp`.
    pub hint_path: String,
    /// Name@Name
    pub name: String,
    /// Name@Guid
    pub target_guid: String,
    /// Name@VersionMask, e.g. `^3.2.1`; None when absent or empty.
    pub version_mask: Option<String>,
}

impl PackageFile {
    /// The version, `1.0.0` when the file has none.
    pub fn effective_version(&self) -> &str {
        self.version.as_deref().unwrap_or(DEFAULT_PACKAGE_VERSION)
    }
}

/// Whether `version` (a semver string) satisfies `mask` (`^3.2.1`, `~1.0`, `>=1.0.0`, `*`,
/// exact `1.2.3`). A mask or a version that does not parse satisfies nothing.
pub fn version_satisfies(mask: &str, version: &str) -> bool {
    let Some(version) = parse_version(version) else {
        return false;
    };
    let mask = mask.trim();
    // The semver crate reads a bare `1.2.3` as `^1.2.3` (Cargo's rule); in a package mask a
    // bare version means that version and no other.
    if let Ok(exact) = semver::Version::parse(mask) {
        return exact == version;
    }
    semver::VersionReq::parse(mask).is_ok_and(|req| req.matches(&version))
}

/// Reads `3`, `3.2` and `3.2.1` alike: Studio writes full versions, hand-edited files may not.
fn parse_version(text: &str) -> Option<semver::Version> {
    let text = text.trim();
    if let Ok(version) = semver::Version::parse(text) {
        return Some(version);
    }
    let padded = match text.split('.').count() {
        1 => format!("{text}.0.0"),
        2 => format!("{text}.0"),
        _ => return None,
    };
    semver::Version::parse(&padded).ok()
}

/// Resolve a HintPath against the storage path of the referencing file:
/// `("/user/data/etl-experiment.lgp", "../libs/x.lgp")` gives `/user/libs/x.lgp`.
///
/// Normalises `.` and `..`, accepts backslashes as separators (files written on Windows) and
/// never climbs above the root `/`. A hint that starts with a separator is taken from the root.
pub fn resolve_hint_path(referencing_storage_path: &str, hint_path: &str) -> String {
    let is_separator = |c: char| c == '/' || c == '\\';
    let mut parts: Vec<&str> = Vec::new();
    if !hint_path.starts_with(is_separator) {
        // The hint is relative to the folder of the referencing file, not to the file.
        let mut base: Vec<&str> = referencing_storage_path.split(is_separator).collect();
        base.pop();
        push_normalised(&mut parts, base);
    }
    push_normalised(&mut parts, hint_path.split(is_separator));
    format!("/{}", parts.join("/"))
}

fn push_normalised<'a>(parts: &mut Vec<&'a str>, components: impl IntoIterator<Item = &'a str>) {
    for component in components {
        match component {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            name => parts.push(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    const STORAGE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/storage");

    fn fixture(storage_path: &str) -> PackageFile {
        let path = Path::new(STORAGE).join(storage_path.trim_start_matches('/'));
        read_package(&path).unwrap_or_else(|error| panic!("{error}"))
    }

    fn package_files(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("fixture storage is readable") {
            let path = entry.expect("fixture storage is readable").path();
            if path.is_dir() {
                package_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "lgp" || e == "mgp") {
                found.push(path);
            }
        }
    }

    #[test]
    fn every_fixture_package_reads() {
        let mut found = Vec::new();
        package_files(Path::new(STORAGE), &mut found);
        assert!(found.len() >= 23, "the fixture README lists 23 packages");
        for path in &found {
            let package = read_package(path).unwrap_or_else(|error| panic!("{error}"));
            assert!(
                !package.guid.is_empty() && !package.name.is_empty(),
                "{path:?}"
            );
            for reference in &package.references {
                assert!(!reference.hint_path.is_empty(), "{path:?}");
            }
        }
    }

    #[test]
    fn etl_experiment_has_two_references_and_no_version() {
        let package = fixture("/user/data/etl-experiment.lgp");
        assert_eq!(package.name, "etl_experiment");
        assert_eq!(package.version, None);
        assert_eq!(package.effective_version(), "1.0.0");
        assert_eq!(package.app_version.as_deref(), Some("7.2.3"));
        assert_eq!(package.locale.as_deref(), Some("ru_RU"));
        assert!(!package.protected);
        let summary: Vec<_> = package
            .references
            .iter()
            .map(|r| {
                (
                    r.name.as_str(),
                    r.hint_path.as_str(),
                    r.version_mask.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "loginom_clearml_kit",
                    "../libs/python_kits/loginom_clearml_kit.lgp",
                    Some("^3.2.1")
                ),
                ("data_load", "data-load.lgp", Some("^1.0.0")),
            ]
        );
        assert_eq!(
            package.references[0].guid,
            "f5adcfdb-acd3-4341-8973-d81d81eaee5b"
        );
        assert_eq!(
            package.references[0].target_guid,
            "375afc5e-a1e2-4b12-99d9-970b73c88121"
        );
    }

    #[test]
    fn the_four_data_packages_share_one_guid() {
        for name in ["data-load", "data-prep", "etl-experiment", "ml-experiment"] {
            let package = fixture(&format!("/user/data/{name}.lgp"));
            assert_eq!(
                package.guid, "a9bdca10-b7b4-49e0-a5ce-99e05a6eebb9",
                "{name}"
            );
        }
    }

    #[test]
    fn protected_kits_read_and_say_so() {
        // clearml_kit has a `password` entry and method-99 units; silver_kit has neither.
        let clearml = fixture("/user/libs/python_kits/loginom_clearml_kit.lgp");
        assert_eq!(clearml.version.as_deref(), Some("3.2.5"));
        assert!(clearml.references.is_empty());
        assert!(clearml.protected);
        assert!(fixture("/admin/megaladata-starter-kit.mgp").protected);
        let silver = fixture("/user/libs/silver_kit/loginom_silver_kit.lgp");
        assert_eq!(silver.version.as_deref(), Some("3.2.0"));
        assert!(!silver.protected);
        assert!(!fixture("/admin/megaladata-json-kit.mgp").protected);
    }

    #[test]
    fn references_resolve_to_storage_paths() {
        let referrer = "/user/libs/python_kits/loginom_misc_kit.lgp";
        let misc = fixture(referrer);
        let json = &misc.references[0];
        assert_eq!(json.hint_path, "../json_kit/loginom_json_kit.lgp");
        let target = resolve_hint_path(referrer, &json.hint_path);
        assert_eq!(target, "/user/libs/json_kit/loginom_json_kit.lgp");
        assert!(!Path::new(STORAGE).join(&target[1..]).exists(), "dangling");

        let referrer = "/user/libs/llm_kit_demo/01/01.lgp";
        let demo = fixture(referrer);
        let target = resolve_hint_path(referrer, &demo.references[0].hint_path);
        let llm_kit = fixture(&target);
        assert_eq!(llm_kit.guid, demo.references[0].target_guid);
        let mask = demo.references[0].version_mask.as_deref().unwrap_or("*");
        assert!(version_satisfies(mask, llm_kit.effective_version()));
    }

    #[test]
    fn caret_masks_follow_semver() {
        assert!(version_satisfies("^3.2.1", "3.2.5"));
        assert!(!version_satisfies("^3.2.1", "4.0.0"));
        assert!(!version_satisfies("^3.2.1", "3.2.0"));
        assert!(version_satisfies("^1.0.0", "1.0.0"));
        assert!(version_satisfies("^3.1.5", "3.2.0"));
    }

    #[test]
    fn other_mask_forms() {
        assert!(version_satisfies("~1.0", "1.0.7"));
        assert!(!version_satisfies("~1.0", "1.1.0"));
        assert!(version_satisfies(">=1.0.0", "7.0.0"));
        assert!(version_satisfies("*", "0.1.0"));
        assert!(version_satisfies("1.2.3", "1.2.3"));
        assert!(!version_satisfies("1.2.3", "1.2.4"));
        assert!(version_satisfies("^1.0.0", "1.0"));
    }

    #[test]
    fn garbage_masks_and_versions_satisfy_nothing() {
        assert!(!version_satisfies("not a mask", "1.0.0"));
        assert!(!version_satisfies("", "1.0.0"));
        assert!(!version_satisfies("^1.0.0", "one"));
    }

    #[test]
    fn effective_version_defaults_to_1_0_0() {
        let mut package = PackageFile {
            guid: "g".into(),
            name: "n".into(),
            version: None,
            app_version: None,
            locale: None,
            protected: false,
            references: Vec::new(),
        };
        assert_eq!(package.effective_version(), "1.0.0");
        package.version = Some("3.2.5".into());
        assert_eq!(package.effective_version(), "3.2.5");
    }

    #[test]
    fn hint_paths_resolve_against_the_referencing_folder() {
        let resolve = resolve_hint_path;
        assert_eq!(
            resolve("/user/data/etl-experiment.lgp", "../libs/python_kits/x.lgp"),
            "/user/libs/python_kits/x.lgp"
        );
        assert_eq!(
            resolve(
                "/user/libs/llm_kit_demo/01/01.lgp",
                "../../llm_kit/loginom_llm_kit.lgp"
            ),
            "/user/libs/llm_kit/loginom_llm_kit.lgp"
        );
        assert_eq!(
            resolve("/user/data/etl-experiment.lgp", "data-load.lgp"),
            "/user/data/data-load.lgp"
        );
        assert_eq!(
            resolve("/user/data/./a.lgp", "./sub/../b.lgp"),
            "/user/data/b.lgp"
        );
    }

    #[test]
    fn hint_paths_accept_backslashes() {
        assert_eq!(
            resolve_hint_path("/user/data/a.lgp", "..\\libs\\x.lgp"),
            "/user/libs/x.lgp"
        );
        assert_eq!(
            resolve_hint_path("\\user\\data\\a.lgp", "..\\..\\admin/x.mgp"),
            "/admin/x.mgp"
        );
    }

    #[test]
    fn hint_paths_never_climb_above_the_root() {
        assert_eq!(
            resolve_hint_path("/user/data/a.lgp", "../../../../../x.lgp"),
            "/x.lgp"
        );
        assert_eq!(resolve_hint_path("/a.lgp", "../.."), "/");
        assert_eq!(
            resolve_hint_path("/user/a.lgp", "/admin/x.mgp"),
            "/admin/x.mgp"
        );
    }
}
