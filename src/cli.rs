//! The command line as clap parses it: types only, no behaviour.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{Role, SessionKind};

#[derive(Debug, Parser)]
#[command(
    name = "sessionctl",
    version,
    about = "Administer the sessions, shared packages and package pool of a Megaladata server",
    long_about = "Administer the sessions, shared packages and package pool of a Megaladata \
                  (Loginom) server: the Session Manager page, on the command line.\n\n\
                  With no server configured, every command runs on an embedded sandbox that \
                  follows the server's rules and opens real package files.",
    propagate_version = true,
    max_term_width = 100,
    // `sessionctl NAME` with no built-in NAME runs the plugin `sessionctl-NAME` (src/plugin.rs).
    allow_external_subcommands = true,
    after_help = "Plugins: `sessionctl NAME ARGS...` runs `sessionctl-NAME ARGS...` from PATH \
                  (`sessionctl plugins` lists them; docs/plugins.md)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        num_args = 0..=1,
        default_missing_value = "",
        env = "SESSIONCTL_SANDBOX"
    )]
    // A String, not a PathBuf: `--sandbox` alone is the empty value, the demo storage.
    pub sandbox: Option<String>,

    /// The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin
    /// sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet
    #[arg(
        short = 's',
        long = "server",
        global = true,
        value_name = "NAME|URL",
        env = "SESSIONCTL_SERVER",
        value_delimiter = ','
    )]
    pub servers: Vec<String>,

    /// The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)
    #[arg(long, global = true, value_name = "FILE", env = "SESSIONCTL_CONFIG")]
    pub config: Option<PathBuf>,

    /// How long to wait for a server, to connect and for each answer (default 10s); for
    /// `watch`, how long to watch before giving up with exit code 11 (each answer still has
    /// 10s)
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<std::time::Duration>,

    /// When to use colors
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Where sessionctl keeps its state (sandbox state, audit log, caches)
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "SESSIONCTL_STATE_DIR",
        hide_env_values = true
    )]
    // A String, so that an empty SESSIONCTL_STATE_DIR reads as unset instead of an error.
    pub state_dir: Option<String>,

    /// Show host names instead of addresses for this command (see `resolve-hosts`)
    #[arg(long, global = true, overrides_with = "no_resolve_hosts")]
    pub resolve_hosts: bool,

    /// Show addresses for this command, whatever `resolve-hosts` is set to
    #[arg(long, global = true, overrides_with = "resolve_hosts")]
    pub no_resolve_hosts: bool,

    /// The longest resolving host names may take, in all (each lookup: 500ms at most)
    #[arg(long, global = true, value_name = "DURATION", default_value = "1.5s", value_parser = parse_duration)]
    pub resolve_timeout: std::time::Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show sessions, shared packages and the package pool
    #[command(visible_alias = "ls")]
    List(ListArgs),

    /// Make the sandbox's state: log users in, open packages, run nodes, batch and Integrator jobs
    Sandbox(SandboxArgs),

    /// The live Session Manager: a full-screen table on a terminal, JSON events when piped
    Watch(WatchArgs),

    /// Show host names instead of addresses ("resolve names by IP"): on, off or status
    ResolveHosts(ResolveHostsArgs),

    /// Serve the sandbox's engine over HTTP(S), the protocol of docs/protocol.md
    Serve(ServeArgs),

    /// Show the configuration: servers, the default server, default columns and format
    Config(ConfigArgs),
    /// Stop executing sessions and packages, after showing them and asking
    Stop(StopArgs),

    /// Close sessions, packages in sessions, shared and pool packages, after showing them and asking
    Close(ActionArgs),

    /// Remove every package from the package pool, after showing them and asking
    ClearPool(ClearPoolArgs),

    /// Print the completion script for a shell (the same bytes as completions/)
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH
    Plugins,

    /// Write completions/ and man/ from the command-line definition (for maintainers)
    #[command(hide = true)]
    Generate {
        /// The checkout to write completions/ and man/ into
        #[arg(long, value_name = "DIR", default_value = ".")]
        out_dir: PathBuf,
    },

    /// Print the server names of the config file, one per line (for the shell completions)
    #[command(hide = true)]
    CompleteServers,

    /// Speak the backend plugin protocol (docs/plugins.md) on stdin/stdout over the sandbox
    #[command(hide = true)]
    BackendStdio {
        /// The file storage (the demo storage when omitted)
        #[arg(long, value_name = "DIR")]
        storage: Option<PathBuf>,
    },

    /// A plugin: `sessionctl NAME ARGS...` runs `sessionctl-NAME ARGS...` from PATH
    #[command(external_subcommand)]
    External(Vec<OsString>),
}

/// A value clap takes as typed (a compound like `+state,-role` or `idle>30m`, checked later
/// against the column table) while offering names for completion; the names are hidden in
/// `--help`, which would otherwise list them all under every such option.
#[derive(Clone)]
pub struct Completing(pub fn() -> Vec<PossibleValue>);

impl TypedValueParser for Completing {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter()))
    }
}

fn column_names() -> Completing {
    Completing(|| {
        crate::columns::COLUMNS
            .iter()
            .map(|c| PossibleValue::new(c.name()).help(c.field.about))
            .collect()
    })
}

fn field_names() -> Completing {
    Completing(|| {
        crate::columns::fields()
            .map(|f| PossibleValue::new(f.name).help(f.about))
            .collect()
    })
}

/// What `stop` and `close` share: the targets, the confirmation, the report.
#[derive(Debug, Clone, Default, Args)]
pub struct ActionArgs {
    /// Rows to act on: `57`, `57/12`, `shared/12`, `pool/12`, or a session name `user:57`
    #[arg(value_name = "TARGET")]
    pub targets: Vec<String>,

    #[command(flatten)]
    pub select: SelectArgs,

    /// Act on every row in scope when no filter narrows it (needed for that)
    #[arg(long, conflicts_with = "targets")]
    pub all: bool,

    /// Do not ask: act on what matches (for scripts and cron)
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// With --yes on a protected server: its name, standing in for typing it
    #[arg(long, value_name = "NAME", requires = "yes")]
    pub confirm_server: Option<String>,

    /// Show what would be done and change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// A named target that does not exist is an error (exit 5), not `skipped: gone`
    #[arg(long)]
    pub strict: bool,

    /// Nothing matching is an error (exit 5), not success
    #[arg(long)]
    pub fail_if_none: bool,

    /// Why: sent to the server with the action (the session's user is told), and audited
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,

    /// Do not append this action to the audit log
    #[arg(long)]
    pub no_audit: bool,

    /// Output format of the results
    #[arg(short = 'o', long, value_enum, default_value_t = ResultFormat::Table, value_name = "FORMAT")]
    pub output: ResultFormat,
}

#[derive(Debug, Clone, Args)]
pub struct StopArgs {
    #[command(flatten)]
    pub action: ActionArgs,

    /// Wait until the stopped targets are really idle, at most DURATION (exit 11 after it)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub wait: Option<std::time::Duration>,
}

#[derive(Debug, Clone, Args)]
pub struct ClearPoolArgs {
    /// Do not ask: clear the pool (for scripts and cron)
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// With --yes on a protected server: its name, standing in for typing it
    #[arg(long, value_name = "NAME", requires = "yes")]
    pub confirm_server: Option<String>,

    /// Show what would be removed and change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// An empty pool is an error (exit 5) instead of nothing to do
    #[arg(long)]
    pub fail_if_none: bool,

    /// Why: sent to the server with the action, and audited
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,

    /// Do not append this action to the audit log
    #[arg(long)]
    pub no_audit: bool,

    /// Output format of the results
    #[arg(short = 'o', long, value_enum, default_value_t = ResultFormat::Table, value_name = "FORMAT")]
    pub output: ResultFormat,
}

/// `-o` of the actions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ResultFormat {
    /// One row per target
    #[default]
    Table,
    /// One document: the action and every result (docs/json.md)
    Json,
    /// One record per target
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on; port 0 lets the system choose (printed at start)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:4590")]
    pub listen: String,

    /// The file storage to serve (the demo storage when omitted)
    #[arg(long, value_name = "DIR")]
    pub storage: Option<PathBuf>,

    /// Keep the engine's state in FILE (default: the sandbox's state file for the storage)
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// The tokens file: bearer tokens mapped to users and roles (made on first start)
    #[arg(long, value_name = "FILE")]
    pub tokens: Option<PathBuf>,

    /// The certificate chain (PEM) to serve HTTPS with; needs --tls-key
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// The certificate's private key (PEM); needs --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the resolved configuration, tokens masked
    Show,
    /// Print where the config file is read from
    Path,
}

/// What selects rows: shared by list, watch and the actions.
#[derive(Debug, Clone, Default, Args)]
pub struct SelectArgs {
    /// Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`;
    /// repeat for AND, a comma for OR (`role=admin,design`)
    #[arg(
        short = 'f',
        long = "filter",
        value_name = "FILTER",
        value_parser = field_names(),
        hide_possible_values = true
    )]
    pub filters: Vec<String>,

    /// Keep rows with TEXT in any column (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,

    /// Show only these sections: sessions, shared, pool
    #[arg(long, value_name = "SECTION", value_delimiter = ',')]
    pub section: Vec<String>,
}

/// How rows are shown: shared by list and watch.
#[derive(Debug, Clone, Default, Args)]
pub struct ViewArgs {
    /// Columns to show (`activity,host`), or changes to the default set (`+state,-role`)
    #[arg(
        short = 'c',
        long = "columns",
        value_name = "COLUMNS",
        value_parser = column_names(),
        hide_possible_values = true,
        allow_hyphen_values = true
    )]
    pub columns: Option<String>,

    /// Sort rows within their parent by FIELD, `FIELD:desc` for descending
    #[arg(
        long,
        value_name = "FIELD[:desc]",
        value_parser = field_names(),
        hide_possible_values = true
    )]
    pub sort: Option<String>,

    /// Leave out the header line (table, csv, tsv)
    #[arg(long)]
    pub no_headers: bool,

    /// How to show times
    #[arg(long, value_enum, default_value_t = TimeFormat::Absolute, value_name = "FORMAT")]
    pub time: TimeFormat,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum TimeFormat {
    /// `2026-12-03 14:05:09`, UTC
    #[default]
    Absolute,
    /// `5m ago`
    Relative,
    /// RFC 3339, UTC
    Iso,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A tree table, fitted to the terminal
    #[default]
    Table,
    /// The table with every column
    Wide,
    /// The snapshot as one JSON document (docs/json.md)
    Json,
    /// One JSON object per row
    Jsonl,
    Csv,
    Tsv,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub select: SelectArgs,

    #[command(flatten)]
    pub view: ViewArgs,

    /// Output format [default: table, or the config file's `output`]
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub select: SelectArgs,

    #[command(flatten)]
    pub view: ViewArgs,

    /// How often to refresh
    #[arg(short = 'n', long, value_name = "DURATION", default_value = "5s", value_parser = parse_interval)]
    pub interval: std::time::Duration,

    /// The screen (on a terminal), JSON events (`jsonl`, the default when piped), or every
    /// snapshot as one JSON line (`json`)
    #[arg(short = 'o', long, value_enum, value_name = "FORMAT")]
    pub output: Option<WatchFormat>,

    /// Stop after N refreshes
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Exit 0 as soon as no row matches the filters (e.g. when a batch run has finished)
    #[arg(long)]
    pub until_empty: bool,

    /// Give up after this long with exit code 11: the global `--timeout`, which for watch
    /// means the whole watch rather than one answer.
    #[arg(skip)]
    pub timeout: Option<std::time::Duration>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WatchFormat {
    /// The full-screen table (needs a terminal)
    Screen,
    /// A `snapshot` event, then one JSON line per added, changed or removed row
    Jsonl,
    /// Every refresh's snapshot as one JSON line
    Json,
}

#[derive(Debug, Args)]
pub struct ResolveHostsArgs {
    /// Turn resolving on or off (kept in the config file), or show the setting
    #[arg(value_enum, default_value_t = Toggle::Status)]
    pub action: Toggle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Toggle {
    /// Show host names from now on
    On,
    /// Show addresses from now on
    Off,
    /// Print `on` or `off`
    Status,
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: SandboxCommand,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Log a user in from a host; prints the new session's id
    Login {
        /// The user name (login)
        user: String,
        /// The client's address, or an X-Forwarded-For chain `a -> b`
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// A role the user holds; repeat for several
        #[arg(long = "role", value_name = "ROLE", default_value = "design")]
        roles: Vec<Role>,
        /// What kind of client opened the session
        #[arg(long, default_value = "interactive", value_name = "KIND")]
        kind: SessionKind,
    },
    /// Open a package in a session (and what it references); prints the package's address
    Open {
        /// The session id
        session: u32,
        /// A storage path like /user/data/etl-experiment.lgp
        #[arg(required_unless_present = "draft")]
        path: Option<String>,
        /// Open a new draft (a package never saved) instead of a file
        #[arg(long, conflicts_with = "path")]
        draft: bool,
    },
    /// Execute a node of a package in a session for a while
    Run {
        /// The package's address, `57/12`
        address: String,
        /// The node's name
        #[arg(long, default_value = "Node")]
        node: String,
        /// How long the node executes (`20s`, `5m`)
        #[arg(long = "for", value_name = "DURATION", default_value = "1m", value_parser = parse_duration)]
        duration: std::time::Duration,
        /// The node reports no progress (shown as unknown)
        #[arg(long)]
        no_progress: bool,
        /// How long the node takes to honor Stop; over 5s makes Close fail
        #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = parse_duration)]
        stop_delay: std::time::Duration,
    },
    /// A BatchLauncher run of a package; the package ends in the pool
    Batch {
        /// A storage path
        path: String,
        /// How long the run executes
        #[arg(long = "for", value_name = "DURATION", default_value = "0s", value_parser = parse_duration)]
        duration: std::time::Duration,
        /// The address BatchLauncher connects from
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
    },
    /// An Integrator call of a package: reuses an idle pool copy or loads one
    Integrator {
        /// A storage path
        path: String,
        /// How long the call executes
        #[arg(long = "for", value_name = "DURATION", default_value = "0s", value_parser = parse_duration)]
        duration: std::time::Duration,
        /// The address the web-service call comes from
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
    },
    /// Change a storage file, as a re-save would (its pool copies are dropped)
    Touch {
        /// A storage path
        path: String,
    },
    /// Take a session's client offline
    Disconnect {
        /// The session id
        session: u32,
    },
    /// Bring a session's client back
    Reconnect {
        /// The session id
        session: u32,
    },
    /// Start over: no sessions, an empty pool (the demo storage gets its workload back)
    Reset,
    /// Set the server parameter "Size of package pool"
    PoolSize {
        /// The number of packages the pool holds
        capacity: usize,
    },
    /// Add a generated workload of any size: sessions, their packages, shared packages, a
    /// full pool (for benchmarks and rehearsals at scale)
    Populate {
        /// How many sessions
        #[arg(long, default_value_t = 100)]
        sessions: usize,
        /// How many packages opened in them, in all
        #[arg(long, default_value_t = 500)]
        packages: usize,
        /// How many shared packages they reference
        #[arg(long, default_value_t = 20)]
        shared: usize,
    },
}

/// How long a server has to connect and answer, unless `--timeout` says otherwise.
pub const DEFAULT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// `30s`, `5m`, `1h30m`, `2d`: a duration as people write it.
pub fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    humantime::parse_duration(text)
        .map_err(|e| format!("invalid duration '{text}' ({e}; e.g. 30s, 5m, 8h)"))
}

/// A refresh interval: a duration of at least 100ms.
pub fn parse_interval(text: &str) -> Result<std::time::Duration, String> {
    let interval = parse_duration(text)?;
    if interval < std::time::Duration::from_millis(100) {
        return Err(format!("invalid interval '{text}' (100ms at least)"));
    }
    Ok(interval)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_argument_has_help_and_long_flags_are_kebab_case() {
        fn check(cmd: &clap::Command, path: &str) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                assert!(arg.get_help().is_some(), "{path} {id} has no help");
                if let Some(long) = arg.get_long() {
                    assert!(
                        long.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                        "{path} --{long} is not kebab-case"
                    );
                }
            }
            for sub in cmd.get_subcommands() {
                assert!(
                    sub.get_about().is_some(),
                    "{path} {} has no about",
                    sub.get_name()
                );
                check(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        check(&Cli::command(), "sessionctl");
    }
}
