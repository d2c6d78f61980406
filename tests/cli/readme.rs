//! Every command in README.md runs: each ```sh block is a bash script (`set -euo pipefail`) run
//! in a fresh hermetic world, with `sessionctl` on PATH as the built binary, the demo sandbox as
//! the default server, a copy of the fixtures at ./storage, and completions/, man/ and tests/ of
//! the checkout beside it. A ```cron block runs the command of each crontab line. A ```toml
//! block with `file=NAME` is written to NAME first; ```text and ```json blocks show output.
//! Any other block is an error, and a command block is left out only as ```sh skip: REASON,
//! with the reason in the README.

use std::path::Path;
use std::process::Command;

use crate::support::World;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const README: &str = include_str!("../../README.md");

/// Subcommands README.md documents that this build does not have yet (issues 3, 4 and 5):
/// blocks that use them wait until they land. `pending_commands_are_really_missing` fails
/// once one lands, so that this list only shrinks and, merged, everything runs.
const PENDING: &[&str] = &[];

struct Block {
    /// The line of the opening fence, for messages.
    line: usize,
    info: String,
    text: String,
}

fn blocks() -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<Block> = None;
    for (n, line) in README.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block {
                    line: n + 1,
                    info: info.trim().to_owned(),
                    text: String::new(),
                });
            }
            (Some(_), Some("")) => blocks.push(open.take().expect("open")),
            (Some(block), _) => {
                block.text.push_str(line);
                block.text.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "README.md has an unclosed code block");
    blocks
}

/// The pending subcommands a block runs.
fn pending_in(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for line in text.lines() {
        let code = line.split(" #").next().unwrap_or_default();
        if !code.contains("sessionctl") {
            continue;
        }
        for word in code.split_whitespace() {
            if let Some(name) = PENDING.iter().find(|p| **p == word)
                && !found.contains(name)
            {
                found.push(*name);
            }
        }
    }
    found
}

/// A crontab's commands: each line without its five time fields.
fn cron_commands(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let fields: Vec<&str> = l.splitn(6, ' ').collect();
            assert_eq!(fields.len(), 6, "not a crontab line: {l}");
            format!("{}\n", fields[5])
        })
        .collect()
}

/// Run `script` with bash in a fresh world; Err with what it printed when it fails.
fn run(script: &str, files: &[(String, String)]) -> Result<(), String> {
    let world = World::new();
    let home = world.home.path();
    for dir in ["completions", "man", "tests"] {
        std::os::unix::fs::symlink(Path::new(ROOT).join(dir), home.join(dir)).unwrap();
    }
    let bin = home.join("sessionctl-bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(
        assert_cmd::cargo::cargo_bin("sessionctl"),
        bin.join("sessionctl"),
    )
    .unwrap();
    for (name, text) in files {
        std::fs::write(home.join(name), text).unwrap();
    }
    let mut cmd = Command::new("timeout");
    cmd.args(["120", "bash", "--norc", "--noprofile", "-c"])
        .arg(format!("set -euo pipefail\n{script}"));
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("SESSIONCTL_") || key == "COLUMNS" || key == "CLICOLOR_FORCE" {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PATH", World::path_with(&[&bin]))
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("xdg-state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("SESSIONCTL_STATE_DIR", world.state_dir())
        .env("NO_COLOR", "1")
        .current_dir(home)
        .stdin(std::process::Stdio::null());
    let output = cmd.output().expect("bash runs");
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{}\n--- stdout\n{}--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

#[test]
fn every_command_in_the_readme_runs() {
    let blocks = blocks();
    let files: Vec<(String, String)> = blocks
        .iter()
        .filter_map(|b| {
            let name = b
                .info
                .split_whitespace()
                .find_map(|w| w.strip_prefix("file="))?;
            Some((name.to_owned(), b.text.clone()))
        })
        .collect();
    let (mut ran, mut failures) = (0, Vec::new());
    for block in &blocks {
        let script = match block.info.as_str() {
            "sh" => block.text.clone(),
            "cron" => cron_commands(&block.text),
            info if info.starts_with("sh skip:") => {
                assert!(
                    info["sh skip:".len()..].trim().len() > 10,
                    "README.md:{}: a skipped block says why",
                    block.line
                );
                continue;
            }
            // Files, outputs and formats, not commands.
            info if info.starts_with("toml") || info == "text" || info == "json" => continue,
            info => panic!(
                "README.md:{}: a ```{info} block: commands go in ```sh (or ```cron) blocks, \
                 which this test runs",
                block.line
            ),
        };
        if !pending_in(&script).is_empty() {
            continue;
        }
        ran += 1;
        if let Err(output) = run(&script, &files) {
            failures.push(format!(
                "README.md:{}:\n{}\n{output}",
                block.line, block.text
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(ran >= 10, "only {ran} blocks ran");
}

#[test]
fn pending_commands_are_really_missing() {
    let world = World::new();
    for name in PENDING {
        let output = world.cmd().args([name, "--help"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success() && stderr.contains("unknown command"),
            "'{name}' is a command now: remove it from PENDING in tests/cli/readme.rs, so that \
             the README's blocks that use it run"
        );
    }
}

#[test]
fn the_exit_code_table_is_the_one_in_exit_rs() {
    let section = README
        .split("## Exit codes")
        .nth(1)
        .expect("README.md has an Exit codes section");
    let rows: Vec<(u8, String)> = section
        .lines()
        .skip_while(|l| !l.starts_with("| code"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].parse().expect("a code"), cells[1].replace('`', ""))
        })
        .collect();
    let table: Vec<(u8, String)> = sessionctl::exit::TABLE
        .iter()
        .map(|(code, meaning)| (*code, (*meaning).to_owned()))
        .collect();
    assert_eq!(rows, table);
}

#[test]
fn the_readme_says_how_to_run_and_test_first() {
    let first = blocks().into_iter().next().expect("a block");
    assert!(
        first.text.contains("cargo run --release -- list"),
        "{}",
        first.text
    );
    assert!(first.text.contains("cargo test"), "{}", first.text);
}
