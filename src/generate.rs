//! The generated files: shell completions (completions/) and man pages (man/), from the clap
//! definition and the one column table, byte-stable so that a test can compare them with the
//! committed ones. `sessionctl generate` writes them.

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap::builder::PossibleValue;
use clap_complete::{Generator, Shell};
use roff::{Roff, bold, italic, roman};

use crate::cli::{Cli, Completing};
use crate::exit;

/// The command that rewrites completions/ and man/, for messages and CONTRIBUTING.md.
pub const REGENERATE: &str = "cargo run -- generate";

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// Stands for the config's server names in the generated scripts until each shell's way of
/// asking `sessionctl complete-servers` replaces it.
const SERVERS: &str = "__sessionctl_servers__";

/// The variables sessionctl reads, and those it gives plugins (docs/plugins.md).
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "SESSIONCTL_SERVER",
        "the server, as -s/--server: a config name, a URL, exec:NAME for a backend plugin, or sandbox; plugins get the resolved one",
    ),
    ("SESSIONCTL_CONFIG", "the config file, as --config"),
    (
        "SESSIONCTL_TOKEN",
        "the bearer token for the server (never on the command line)",
    ),
    (
        "SESSIONCTL_TOKEN_FILE",
        "a file holding the bearer token; plugins get the resolved one when it is known",
    ),
    (
        "SESSIONCTL_SANDBOX",
        "use the embedded sandbox on this file storage, as --sandbox DIR",
    ),
    (
        "SESSIONCTL_STATE_DIR",
        "where the state is kept, as --state-dir",
    ),
    (
        "SESSIONCTL_NOW",
        "fix \"now\" (RFC 3339), for reproducible output and tests",
    ),
    (
        "SESSIONCTL_OUTPUT",
        "given to plugins: the default output format (table unless the config sets one)",
    ),
    (
        "SESSIONCTL_COLOR",
        "given to plugins: always or never, as --color and NO_COLOR decided",
    ),
    (
        "SESSIONCTL_BIN",
        "given to plugins: the path of the sessionctl that runs them",
    ),
    (
        "NO_COLOR",
        "when set and not empty, no colors (https://no-color.org)",
    ),
    ("COLUMNS", "the width tables are fitted to"),
    (
        "PATH",
        "where plugins (sessionctl-NAME) and backend plugins (sessionctl-backend-NAME) are found",
    ),
];

/// The files sessionctl reads and writes.
pub const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/sessionctl/config.toml",
        "the config file (~/.config/sessionctl/config.toml): named servers, the default server, default columns and format",
    ),
    (
        "$XDG_STATE_HOME/sessionctl/",
        "the state directory (~/.local/state/sessionctl, or --state-dir): the sandbox state (sandbox/), the demo storage (demo-storage/), the audit log and caches",
    ),
    (
        "$XDG_STATE_HOME/sessionctl/host-names.json",
        "the cache of host names (resolve-hosts), kept for 10 minutes so that cron runs do not ask again",
    ),
    (
        "$XDG_STATE_HOME/sessionctl/serve/tokens.toml",
        "the tokens file sessionctl serve makes on its first start, beside admin.token (mode 0600)",
    ),
    (
        "$XDG_STATE_HOME/sessionctl/audit.jsonl",
        "one JSON line per action that changed something: time, operator, server, action, targets, results, reason",
    ),
];

/// Examples for each page, by page name: (what it does, the command).
fn examples(page: &str) -> &'static [(&'static str, &'static str)] {
    match page {
        "sessionctl" => &[
            (
                "The demo sandbox's Session Manager, as a tree table:",
                "sessionctl list",
            ),
            (
                "Close the sessions idle for more than 8 hours, from cron:",
                "sessionctl close -f 'idle>8h' --yes",
            ),
            (
                "Run the plugin sessionctl-hello from PATH:",
                "sessionctl hello world",
            ),
            (
                "Talk to a server through a backend plugin:",
                "sessionctl -s exec:myserver list",
            ),
        ],
        "sessionctl-list" => &[
            (
                "The default columns, plus state, minus role:",
                "sessionctl list -c +state,-role",
            ),
            (
                "Sessions of admin idle for over 30 minutes:",
                "sessionctl list -f user=admin -f 'idle>30m'",
            ),
            (
                "Every package in the pool, as JSON:",
                "sessionctl list --section pool -o json",
            ),
            (
                "Most recently active first, relative times:",
                "sessionctl list --sort activity:desc --time relative",
            ),
        ],
        "sessionctl-stop" => &[
            ("Stop an executing package:", "sessionctl stop 1/1 --yes"),
            (
                "Stop the executions in analyst's sessions, and wait until they are idle:",
                "sessionctl stop -f user=analyst -f state=executing --yes --wait 30s",
            ),
        ],
        "sessionctl-close" => &[
            (
                "Close the sessions idle for more than 8 hours:",
                "sessionctl close -f 'idle>8h' --yes",
            ),
            (
                "Show what closing session 1 would take down, and change nothing:",
                "sessionctl close 1 --dry-run",
            ),
            (
                "Close a package in every session, with a reason the users are told:",
                "sessionctl close -f path=/user/data/etl-experiment.lgp --reason 'redeploy' --yes",
            ),
        ],
        "sessionctl-clear-pool" => &[
            (
                "After a deployment:",
                "sessionctl clear-pool --yes --reason 'deployed 2.1.0'",
            ),
            (
                "Show what would be removed:",
                "sessionctl clear-pool --dry-run",
            ),
        ],
        "sessionctl-watch" => &[
            (
                "The live Session Manager in a terminal:",
                "sessionctl watch",
            ),
            (
                "Wait until a batch run ends:",
                "sessionctl watch -f path=/user/data/data-load.lgp -f state=executing --until-empty",
            ),
            (
                "Three refreshes as JSON lines:",
                "sessionctl watch -o jsonl --count 3",
            ),
        ],
        "sessionctl-resolve-hosts" => &[
            (
                "Show host names instead of addresses from now on:",
                "sessionctl resolve-hosts on",
            ),
            (
                "Whether names are shown:",
                "sessionctl resolve-hosts status",
            ),
        ],
        "sessionctl-serve" => &[
            (
                "Serve a copy of a file storage on the default port:",
                "sessionctl serve --storage ./storage",
            ),
            (
                "On a port the system chooses:",
                "sessionctl serve --listen 127.0.0.1:0",
            ),
        ],
        "sessionctl-config" | "sessionctl-config-show" => &[(
            "The resolved config, tokens masked:",
            "sessionctl config show",
        )],
        "sessionctl-config-path" => &[("Where the config is read from:", "sessionctl config path")],
        "sessionctl-completions" => &[
            (
                "Complete in the current bash:",
                "source <(sessionctl completions bash)",
            ),
            (
                "Install for fish:",
                "sessionctl completions fish > ~/.config/fish/completions/sessionctl.fish",
            ),
        ],
        "sessionctl-plugins" => &[(
            "The plugins and backend plugins on PATH:",
            "sessionctl plugins",
        )],
        "sessionctl-sandbox" => &[(
            "Log a user in, open a package and run a node for 20 minutes:",
            "ID=$(sessionctl sandbox login user --host 10.0.0.5)\nsessionctl sandbox open \"$ID\" /user/data/etl-experiment.lgp\nsessionctl sandbox run \"$ID/1\" --node 'Train model' --for 20m",
        )],
        "sessionctl-sandbox-login" => &[(
            "A designer from a proxied address:",
            "sessionctl sandbox login user --host '10.0.0.5 -> 10.0.0.1' --role design --role viewer",
        )],
        "sessionctl-sandbox-open" => &[
            (
                "A package file:",
                "sessionctl sandbox open 1 /user/data/etl-experiment.lgp",
            ),
            ("A new draft:", "sessionctl sandbox open 1 --draft"),
        ],
        "sessionctl-sandbox-run" => &[(
            "A node that runs for 20 minutes:",
            "sessionctl sandbox run 1/1 --node 'Train model' --for 20m",
        )],
        "sessionctl-sandbox-batch" => &[(
            "A BatchLauncher run of 30 seconds:",
            "sessionctl sandbox batch /user/data/data-load.lgp --for 30s",
        )],
        "sessionctl-sandbox-integrator" => &[(
            "A web-service call:",
            "sessionctl sandbox integrator /user/data/data-load.lgp",
        )],
        "sessionctl-sandbox-touch" => &[(
            "Re-save a package file (its pool copies go):",
            "sessionctl sandbox touch /user/data/data-load.lgp",
        )],
        "sessionctl-sandbox-disconnect" => &[(
            "Take session 1's client offline:",
            "sessionctl sandbox disconnect 1",
        )],
        "sessionctl-sandbox-reconnect" => &[("Bring it back:", "sessionctl sandbox reconnect 1")],
        "sessionctl-sandbox-reset" => &[("Start over:", "sessionctl sandbox reset")],
        "sessionctl-sandbox-pool-size" => {
            &[("A pool of 5 packages:", "sessionctl sandbox pool-size 5")]
        }
        "sessionctl-sandbox-populate" => &[(
            "A large state for a benchmark:",
            "sessionctl sandbox populate --sessions 10000 --packages 50000 --shared 200",
        )],
        _ => &[],
    }
}

/// The command-line definition as the completions describe it: without the hidden
/// subcommands (clap_complete would offer them), and with `--server` asking the config.
fn command() -> clap::Command {
    let full = Cli::command();
    let mut cmd = clap::Command::new("sessionctl")
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true)
        .args(full.get_arguments().cloned())
        .subcommands(full.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    if let Some(about) = full.get_about() {
        cmd = cmd.about(about.clone());
    }
    cmd.mut_arg("servers", |arg| {
        arg.value_parser(Completing(|| vec![PossibleValue::new(SERVERS)]))
    })
}

/// The completion script for `shell`: what `sessionctl completions SHELL` prints.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut command(), "sessionctl", &mut buf);
    let script = String::from_utf8(buf).expect("clap_complete writes UTF-8");
    let servers = "sessionctl complete-servers 2>/dev/null";
    let script = match shell {
        Shell::Bash => bash_columns(&script.replace(SERVERS, &format!("$({servers})"))),
        Shell::Zsh => script.replace(
            &format!("({SERVERS})"),
            &format!("{{compadd -- $({servers})}}"),
        ),
        Shell::Fish => script.replace(&format!("{SERVERS}\\t''"), &format!("({servers})")),
        // clap_complete's PowerShell and elvish scripts complete no option values; should a
        // later version list them, the placeholder must not be offered as a server name.
        _ => drop_servers(&script),
    };
    script.into_bytes()
}

/// `--columns +state,-ro` completes to `+state,-role`: the names after the last comma and a
/// `+` or `-`, which clap's bash script (one word, one name) does not know of.
fn bash_columns(script: &str) -> String {
    let names = crate::columns::column_names().join(" ");
    let helper = r#"# Column names for --columns: after the last comma, and after a + or - there.
__sessionctl_columns() {
    local head="" word="$2"
    if [[ "$word" == *,* ]]; then
        head="${word%,*},"
        word="${word##*,}"
    fi
    if [[ "$word" == [+-]* ]]; then
        head="$head${word:0:1}"
        word="${word:1}"
    fi
    compgen -W "$1" -P "$head" -- "$word"
}

"#;
    let script = script.replace(
        &format!("compgen -W \"{names}\" -- \"${{cur}}\""),
        &format!("__sessionctl_columns \"{names}\" \"${{cur}}\""),
    );
    format!("{helper}{script}")
}

fn drop_servers(script: &str) -> String {
    script
        .lines()
        .filter(|line| !line.contains(SERVERS))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Every man page: `sessionctl.1`, then one per subcommand (`sessionctl-list.1`, ...).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    let mut pages = Vec::new();
    man_page(&root, &mut pages);
    pages
}

fn man_page(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) {
    let name = cmd.get_display_name().unwrap_or(cmd.get_name()).to_owned();
    let man = clap_mangen::Man::new(cmd.clone()).manual("sessionctl manual");
    let mut page = Vec::new();
    man.render(&mut page).expect("writing to a Vec");
    // clap_mangen heads the root's after_help (about plugins) EXTRA.
    let mut page = String::from_utf8(page)
        .expect("clap_mangen writes UTF-8")
        .replace(".SH EXTRA\n", ".SH PLUGINS\n")
        .into_bytes();
    let subpages: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_display_name().unwrap_or(s.get_name()).to_owned())
        .collect();
    page.extend(extra_sections(&name, &subpages).into_bytes());
    pages.push((format!("{name}.1"), page));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_page(sub, pages);
    }
}

/// EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES and SEE ALSO, which clap knows nothing of.
fn extra_sections(name: &str, subpages: &[String]) -> String {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in exit::TABLE {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (var, meaning) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*var)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["FILES"]);
    for (file, meaning) in FILES {
        roff.control("TP", []);
        roff.text([italic(*file)]);
        roff.text([roman(*meaning)]);
    }
    let examples = examples(name);
    if !examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        for (what, command) in examples {
            roff.control("PP", []);
            roff.text([roman(*what)]);
            roff.control("PP", []);
            roff.control("RS", ["4"]);
            roff.control("nf", []);
            roff.text([roman(*command)]);
            roff.control("fi", []);
            roff.control("RE", []);
        }
    }
    roff.control("SH", ["SEE ALSO"]);
    let mut see: Vec<String> = Vec::new();
    if let Some(parent) = name.rsplit_once('-').map(|(p, _)| p) {
        see.push(format!("{parent}(1)"));
    }
    see.extend(subpages.iter().map(|p| format!("{p}(1)")));
    see.push("README.md, docs/plugins.md, docs/json.md".to_owned());
    roff.text([roman(see.join(", "))]);
    // Every Roff starts with the same preamble, which the page from clap_mangen already has.
    let preamble = Roff::new().render();
    roff.render()[preamble.len()..].to_owned()
}

/// Every generated file, by its path in the checkout.
pub fn files() -> Vec<(PathBuf, Vec<u8>)> {
    let completions = SHELLS.iter().map(|&shell| {
        (
            Path::new("completions").join(shell.file_name("sessionctl")),
            completion(shell),
        )
    });
    let man = man_pages()
        .into_iter()
        .map(|(name, page)| (Path::new("man").join(name), page));
    completions.chain(man).collect()
}

/// Write every generated file under `dir`, and remove generated files no longer made.
pub fn write_to(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let files = files();
    for sub in ["completions", "man"] {
        let sub = dir.join(sub);
        std::fs::create_dir_all(&sub)?;
        for entry in std::fs::read_dir(&sub)? {
            let path = entry?.path();
            let relative = path.strip_prefix(dir).unwrap_or(&path);
            if !files.iter().any(|(p, _)| p == relative) {
                std::fs::remove_file(&path)?;
            }
        }
    }
    let mut written = Vec::new();
    for (path, bytes) in files {
        let target = dir.join(&path);
        std::fs::write(&target, bytes)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_man_page_has_examples() {
        for (name, _) in man_pages() {
            let page = name.trim_end_matches(".1");
            assert!(
                !examples(page).is_empty(),
                "{page} has no EXAMPLES in src/generate.rs"
            );
        }
    }

    #[test]
    fn no_script_keeps_the_placeholder_for_server_names() {
        for shell in SHELLS {
            let script = String::from_utf8(completion(shell)).unwrap();
            assert!(!script.contains(SERVERS), "{shell}");
        }
    }
}
