//! completions/ and man/ are generated and committed: they must be what the code generates now.

use std::path::{Path, PathBuf};

use crate::support::World;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const REGENERATE: &str = "cargo run -- generate";

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in ["completions", "man"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a dir entry").path();
            files.push(path.strip_prefix(dir).expect("under dir").to_owned());
        }
    }
    files.sort();
    files
}

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let world = World::new();
    let fresh = world.home.path().join("generated");
    world
        .cmd()
        .args(["generate", "--out-dir"])
        .arg(&fresh)
        .assert()
        .success();
    let root = Path::new(ROOT);
    let (want, have) = (files_under(&fresh), files_under(root));
    let mut stale: Vec<String> = Vec::new();
    for file in &want {
        let now = std::fs::read(fresh.join(file)).expect("generated");
        match std::fs::read(root.join(file)) {
            Ok(committed) if committed == now => {}
            Ok(_) => stale.push(format!("{} differs", file.display())),
            Err(_) => stale.push(format!("{} is missing", file.display())),
        }
    }
    for file in have.iter().filter(|f| !want.contains(f)) {
        stale.push(format!("{} is no longer generated", file.display()));
    }
    assert!(
        stale.is_empty(),
        "completions/ or man/ are stale: run `{REGENERATE}` ({})",
        stale.join("; ")
    );
}

#[test]
fn the_completions_command_prints_the_committed_scripts() {
    let world = World::new();
    for (shell, file) in [
        ("bash", "sessionctl.bash"),
        ("zsh", "_sessionctl"),
        ("fish", "sessionctl.fish"),
        ("powershell", "_sessionctl.ps1"),
        ("elvish", "sessionctl.elv"),
    ] {
        let committed = std::fs::read(Path::new(ROOT).join("completions").join(file))
            .unwrap_or_else(|e| panic!("completions/{file}: {e}; run `{REGENERATE}`"));
        let output = world.cmd().args(["completions", shell]).output().unwrap();
        assert!(output.status.success());
        assert!(
            output.stdout == committed,
            "`sessionctl completions {shell}` differs from completions/{file}: run `{REGENERATE}`"
        );
    }
}

/// `man -l man/PAGE.1` shows the sections an administrator looks for, on every page.
#[test]
fn every_man_page_shows_exit_status_environment_files_and_examples() {
    let pages: Vec<PathBuf> = files_under(Path::new(ROOT))
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "1"))
        .collect();
    for page in [
        "sessionctl.1",
        "sessionctl-list.1",
        "sessionctl-stop.1",
        "sessionctl-close.1",
    ] {
        assert!(pages.iter().any(|p| p.ends_with(page)), "{page}: {pages:?}");
    }
    let has_man = std::process::Command::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    for page in pages {
        let path = Path::new(ROOT).join(&page);
        let text = if has_man {
            let output = std::process::Command::new("man")
                .arg("-l")
                .arg(&path)
                .env("MANPAGER", "cat")
                .env("MANWIDTH", "100")
                .output()
                .expect("man runs");
            assert!(output.status.success(), "man -l {}", page.display());
            String::from_utf8_lossy(&output.stdout).into_owned()
        } else {
            std::fs::read_to_string(&path).unwrap()
        };
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
            assert!(
                text.contains(section),
                "{} has no {section}",
                page.display()
            );
        }
        assert!(
            text.contains("130"),
            "{} lists every exit code",
            page.display()
        );
        // Byte-stable: no build date in the title line.
        let source = std::fs::read_to_string(&path).unwrap();
        let title = source.lines().find(|l| l.starts_with(".TH")).unwrap();
        assert!(!title.contains("20"), "{title}");
    }
}
