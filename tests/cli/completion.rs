//! completions/sessionctl.bash in a real bash: subcommands, flags, column and field names, and
//! the config's server names.

use std::path::Path;

use crate::support::World;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/sessionctl.bash");

/// What bash offers for the command line `line` (completing its last word), one per line.
fn complete(world: &World, line: &str) -> Vec<String> {
    // `sessionctl` must be on PATH for the script's `sessionctl complete-servers`.
    let bin = world.home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let link = bin.join("sessionctl");
    if !link.exists() {
        std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("sessionctl"), &link).unwrap();
    }
    let script = format!(
        r#"source "{SCRIPT}"
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
read -r -a COMP_WORDS <<< "$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
prev=""
(( COMP_CWORD > 0 )) && prev="${{COMP_WORDS[COMP_CWORD-1]}}"
_sessionctl sessionctl "${{COMP_WORDS[COMP_CWORD]}}" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}"
"#
    );
    let output = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .env("PATH", World::path_with(&[Path::new(&bin)]))
        .env("HOME", world.home.path())
        .env("XDG_CONFIG_HOME", world.home.path().join("config"))
        .env_remove("SESSIONCTL_CONFIG")
        .output()
        .expect("bash runs");
    assert!(
        output.status.success(),
        "bash: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_subcommands_flags_and_column_names() {
    let world = World::new();
    let subcommands = complete(&world, "sessionctl ");
    for name in ["list", "sandbox", "completions", "plugins"] {
        assert!(subcommands.contains(&name.to_owned()), "{subcommands:?}");
    }
    assert!(
        !subcommands.contains(&"generate".to_owned()),
        "hidden: {subcommands:?}"
    );
    assert_eq!(complete(&world, "sessionctl li"), ["list"]);
    let flags = complete(&world, "sessionctl list --co");
    assert!(flags.contains(&"--columns".to_owned()), "{flags:?}");
    let columns = complete(&world, "sessionctl list --columns ");
    for name in ["host", "activity", "last-used", "app-version"] {
        assert!(columns.contains(&name.to_owned()), "{columns:?}");
    }
    assert!(
        !columns.contains(&"idle".to_owned()),
        "idle is no column: {columns:?}"
    );
    assert_eq!(complete(&world, "sessionctl list -c ho"), ["host"]);
    assert_eq!(
        complete(&world, "sessionctl list -c +state,-ro"),
        ["+state,-role"]
    );
    assert_eq!(
        complete(&world, "sessionctl list --columns activity,last"),
        ["activity,last-used"]
    );
    let fields = complete(&world, "sessionctl list --filter i");
    assert_eq!(fields, ["id", "idle"]);
    let sort = complete(&world, "sessionctl list --sort la");
    assert_eq!(sort, ["last-used"]);
}

#[test]
fn bash_completes_server_names_from_the_config() {
    let world = World::new();
    assert!(complete(&world, "sessionctl -s ").is_empty());
    let config = world.home.path().join("config/sessionctl");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "[servers.prod]\nurl = \"https://prod:4590\"\n[servers.test]\nurl = \"http://test:4590\"\n",
    )
    .unwrap();
    assert_eq!(complete(&world, "sessionctl -s "), ["prod", "test", "all"]);
    assert_eq!(complete(&world, "sessionctl list --server p"), ["prod"]);
}
