//! Output: one row model ([`rows`]), many renderers (table, JSON, CSV/TSV).
//!
//! Rendering is a pure function of the rows, the [`Options`], "now", the terminal width and
//! whether to color; it writes to the writer it is given, so that tests fix all of them and
//! compare whole outputs with golden files. Times are UTC in every format.

pub mod delimited;
pub mod json;
pub mod results;
pub mod rows;
pub mod table;

use std::borrow::Cow;
use std::io::{self, Write};

use chrono::{DateTime, Utc};

use crate::cli::{OutputFormat, TimeFormat, ViewArgs};
use crate::columns::{self, Key};
use crate::model::Snapshot;
use crate::select::Selection;
use crate::usage::UsageError;

pub use rows::Sort;

/// How rows are shown, compiled from `-o`, `-c`, `--sort`, `--time` and `--no-headers`.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: OutputFormat,
    /// The columns, in order; the name column is always among them.
    pub columns: Vec<Key>,
    pub time: TimeFormat,
    pub headers: bool,
    pub sort: Option<Sort>,
}

impl Options {
    pub fn compile(view: &ViewArgs, format: OutputFormat) -> Result<Options, UsageError> {
        let columns =
            columns::parse_columns(view.columns.as_deref(), format == OutputFormat::Wide)?;
        let sort = view.sort.as_deref().map(Sort::parse).transpose()?;
        Ok(Options {
            format,
            columns,
            time: view.time,
            headers: !view.no_headers,
            sort,
        })
    }

    /// Whether the output is for people (a table) rather than for programs.
    pub fn is_table(&self) -> bool {
        matches!(self.format, OutputFormat::Table | OutputFormat::Wide)
    }
}

/// Renders what `selection` picks out of the snapshots of a fleet (several servers asked for,
/// however many answered): one table with a Server column, one JSON document listing each
/// server's snapshot (and the servers that failed), JSON lines and CSV rows that name their
/// server. Not a fleet (`failures` is `None`), the one snapshot renders as [`render`] does.
#[allow(clippy::too_many_arguments)]
pub fn render_fleet(
    out: &mut dyn Write,
    snapshots: &[Snapshot],
    failures: Option<&[json::Failure]>,
    selection: &Selection,
    options: &Options,
    now: DateTime<Utc>,
    width: Option<usize>,
    color: bool,
) -> io::Result<()> {
    let Some(failures) = failures else {
        return snapshots
            .iter()
            .try_for_each(|s| render(out, s, selection, options, now, width, color));
    };
    let fleet: Vec<rows::Rows<'_>> = snapshots
        .iter()
        .map(|s| rows::build(s, selection, options.sort.as_ref(), now))
        .collect();
    match options.format {
        OutputFormat::Table | OutputFormat::Wide => {
            table::render_fleet(out, &fleet, options, now, width, color)
        }
        OutputFormat::Json => json::fleet_document(out, &fleet, failures),
        OutputFormat::Jsonl => fleet
            .iter()
            .try_for_each(|rows| json::lines(out, rows, options, now)),
        OutputFormat::Csv => delimited::render_fleet(out, &fleet, options, now, b','),
        OutputFormat::Tsv => delimited::render_fleet(out, &fleet, options, now, b'\t'),
    }
}

/// Renders what `selection` picks out of `snapshot` in the format of `options`.
pub fn render(
    out: &mut dyn Write,
    snapshot: &Snapshot,
    selection: &Selection,
    options: &Options,
    now: DateTime<Utc>,
    width: Option<usize>,
    color: bool,
) -> io::Result<()> {
    let rows = rows::build(snapshot, selection, options.sort.as_ref(), now);
    match options.format {
        OutputFormat::Table | OutputFormat::Wide => {
            table::render(out, &rows, options, now, width, color)
        }
        OutputFormat::Json => json::document(out, &rows),
        OutputFormat::Jsonl => json::lines(out, &rows, options, now),
        OutputFormat::Csv => delimited::render(out, &rows, options, now, b','),
        OutputFormat::Tsv => delimited::render(out, &rows, options, now, b'\t'),
    }
}

/// Server-supplied text made safe for a terminal: escape sequences, C0 and C1 controls and DEL
/// are removed, tabs and line breaks become spaces (a cell is one line), and bidirectional
/// overrides, which reorder what is shown, are dropped.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // The C1 forms of CSI and of the string introducers (OSC, DCS, SOS, PM, APC).
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\t' | '\n' | '\r' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: a CSI, a string (OSC and the like, up to BEL or ST), or a short sequence.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            // Intermediate bytes, then one final byte: `ESC ( B`.
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next();
        }
        _ => {}
    }
}

fn skip_csi(chars: &mut Chars<'_>) {
    while chars
        .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
        .is_some()
    {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
pub(crate) mod sample {
    //! A hand-built snapshot for the tests of the selection and of every renderer.

    use chrono::{DateTime, Utc};

    use crate::model::*;

    /// "Now" in the golden files.
    pub fn now() -> DateTime<Utc> {
        at("2026-12-03T14:30:00Z")
    }

    pub fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap_or_default()
    }

    fn package(id: u64, address: &str, name: &str, path: Option<&str>) -> Package {
        Package {
            id,
            uid: format!("uid-{address}"),
            address: address.to_string(),
            name: name.to_string(),
            path: path.map(str::to_string),
            version: Some("1.0.0".to_string()),
            app_version: None,
            created: None,
            saved: None,
            state: PackageState::Idle,
            execution: None,
            references: Vec::new(),
            refs: None,
            last_used: None,
            referenced_by: Vec::new(),
        }
    }

    /// A file in the storage, with its version and times.
    fn file(id: u64, address: &str, name: &str, path: &str, version: &str) -> Package {
        Package {
            version: Some(version.to_string()),
            app_version: Some("7.2.8".to_string()),
            created: Some(at("2026-10-02T11:20:00Z")),
            saved: Some(at("2026-11-28T16:05:31Z")),
            ..package(id, address, name, Some(path))
        }
    }

    fn executing(mut p: Package, node: &str, started: &str, progress: Option<u8>) -> Package {
        p.state = PackageState::Executing;
        p.execution = Some(Execution {
            node: node.to_string(),
            started: at(started),
            progress,
        });
        p
    }

    #[allow(clippy::too_many_arguments)]
    fn session(
        id: u32,
        user: &str,
        host: &str,
        roles: &[Role],
        kind: SessionKind,
        created: &str,
        activity: &str,
        state: SessionState,
        packages: Vec<Package>,
    ) -> Session {
        Session {
            id,
            uid: format!("uid-{id}"),
            address: id.to_string(),
            user: user.to_string(),
            name: format!("{user}:{id}"),
            host: host.to_string(),
            host_name: None,
            host_lookup: None,
            roles: roles.to_vec(),
            role: Role::most_privileged(roles).unwrap_or(Role::Viewer),
            kind,
            online: state != SessionState::Deleting,
            created: at(created),
            activity: at(activity),
            state,
            packages,
        }
    }

    pub fn snapshot() -> Snapshot {
        let ml = "/user/data/ml-experiment.lgp";
        let mut ml_experiment = file(12, "57/12", "ml_experiment", ml, "1.2.0");
        ml_experiment.app_version = Some("7.3.1".to_string());
        ml_experiment.created = Some(at("2026-11-20T09:15:00Z"));
        ml_experiment.saved = Some(at("2026-12-02T17:42:10Z"));
        ml_experiment.references.push(Reference {
            name: "loginom_clearml_kit".to_string(),
            hint_path: "../libs/python_kits/loginom_clearml_kit.lgp".to_string(),
            path: "/user/libs/python_kits/loginom_clearml_kit.lgp".to_string(),
            version_mask: Some("^3.2.0".to_string()),
            status: ReferenceStatus::Ok,
            target: Some("shared/30".to_string()),
        });
        let admin = session(
            57,
            "admin",
            "10.0.0.5 -> 10.0.0.1",
            &[Role::Admin],
            SessionKind::Interactive,
            "2026-12-03T08:02:11Z",
            "2026-12-03T14:29:40Z",
            SessionState::Executing,
            vec![
                executing(
                    ml_experiment,
                    "Train model",
                    "2026-12-03T14:21:03Z",
                    Some(52),
                ),
                package(13, "57/13", "new_package", None),
            ],
        );
        let user = session(
            58,
            "user",
            "192.168.10.24",
            &[Role::Design, Role::Viewer],
            SessionKind::Interactive,
            "2026-12-03T09:12:45Z",
            "2026-12-03T12:01:13Z",
            SessionState::Idle,
            vec![file(
                14,
                "58/14",
                "etl_experiment",
                "/user/data/etl-experiment.lgp",
                "1.0.0",
            )],
        );
        let offline = session(
            59,
            "ivanov",
            "10.0.0.17",
            &[Role::Viewer],
            SessionKind::Interactive,
            "2026-12-02T16:40:00Z",
            "2026-12-02T18:03:27Z",
            SessionState::Deleting,
            Vec::new(),
        );
        let prep = file(
            21,
            "61/21",
            "data_prep",
            "/user/data/data-prep.lgp",
            "2.0.1",
        );
        let batch = session(
            61,
            "service",
            "10.0.0.9",
            &[Role::Batch],
            SessionKind::Batch,
            "2026-12-03T14:28:30Z",
            "2026-12-03T14:29:58Z",
            SessionState::Executing,
            vec![executing(
                prep,
                "Prepare data",
                "2026-12-03T14:28:31Z",
                None,
            )],
        );
        let kits = "/user/libs/python_kits";
        let mut clearml = file(
            30,
            "shared/30",
            "loginom_clearml_kit",
            &format!("{kits}/loginom_clearml_kit.lgp"),
            "3.2.5",
        );
        clearml.created = Some(at("2024-03-14T10:00:00Z"));
        clearml.saved = Some(at("2025-06-30T12:45:00Z"));
        clearml.refs = Some(2);
        clearml.referenced_by = vec!["57/12".to_string(), "pool/40".to_string()];
        let mut python = file(
            31,
            "shared/31",
            "loginom_python_kit",
            &format!("{kits}/loginom_python_kit.lgp"),
            "3.2.5",
        );
        python.refs = Some(1);
        python.referenced_by = vec!["61/21".to_string()];
        let mut pooled = file(40, "pool/40", "ml_experiment", ml, "1.2.0");
        pooled.last_used = Some(at("2026-12-03T13:55:12Z"));
        let mut load = file(
            41,
            "pool/41",
            "data_load",
            "/user/data/data-load.lgp",
            "1.0.0",
        );
        load.last_used = Some(at("2026-12-03T11:20:00Z"));
        Snapshot {
            schema: SCHEMA_VERSION,
            server: ServerInfo {
                name: "analytics-01".to_string(),
                version: "7.3.1".to_string(),
                pool_capacity: 10,
                sandbox: false,
            },
            taken_at: now(),
            sessions: vec![admin, user, offline, batch],
            shared: vec![clearml, python],
            pool: vec![pooled, load],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_controls_never_reach_the_terminal() {
        let evil =
            "admin\u{1b}[2J\u{1b}[31mred\u{1b}[0m\u{1b}]0;pwned\u{7}\u{7f}\u{9b}6n\u{1b}(B:57";
        assert_eq!(sanitize(evil), "adminred:57");
        assert_eq!(sanitize("a\tb\nc\r"), "a b c ");
        assert_eq!(sanitize("\u{1b}]8;;http://x\u{1b}\\link"), "link");
        assert_eq!(sanitize("abc\u{202e}gpl.exe"), "abcgpl.exe");
        assert_eq!(sanitize("\u{0}\u{1f}\u{85}x\u{1b}"), "x");
        assert!(matches!(sanitize("/user/данные/a.lgp"), Cow::Borrowed(_)));
    }
}

#[cfg(test)]
mod golden {
    //! Whole outputs of the sample snapshot at a fixed "now", compared with src/render/snapshots.

    use super::*;
    use crate::cli::SelectArgs;

    fn output(
        format: OutputFormat,
        view: ViewArgs,
        filters: &[&str],
        width: Option<usize>,
    ) -> String {
        let selection = Selection::compile(&SelectArgs {
            filters: filters.iter().map(|f| f.to_string()).collect(),
            ..SelectArgs::default()
        })
        .unwrap();
        let options = Options::compile(&view, format).unwrap();
        let mut out = Vec::new();
        render(
            &mut out,
            &sample::snapshot(),
            &selection,
            &options,
            sample::now(),
            width,
            false,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    fn table(width: Option<usize>) -> String {
        output(OutputFormat::Table, ViewArgs::default(), &[], width)
    }

    #[test]
    fn table_piped_is_never_cut() {
        insta::assert_snapshot!("table_piped", table(None));
    }

    /// The default columns need 158 characters here even cut to their floors (three whole
    /// timestamps, the headers, a whole IPv4 address, a file name): 120 and 80 show the floors.
    #[test]
    fn table_at_120_columns() {
        let text = table(Some(120));
        insta::assert_snapshot!("table_120", text);
    }

    #[test]
    fn table_at_170_columns_fits() {
        let text = table(Some(170));
        assert!(
            text.lines().all(|line| line.chars().count() <= 170),
            "{text}"
        );
        insta::assert_snapshot!("table_170", text);
    }

    #[test]
    fn table_at_80_columns() {
        insta::assert_snapshot!("table_80", table(Some(80)));
    }

    #[test]
    fn no_headers_and_no_rows() {
        let view = || ViewArgs {
            no_headers: true,
            ..ViewArgs::default()
        };
        let text = output(OutputFormat::Table, view(), &["section=pool"], None);
        let first = text.lines().next().unwrap_or_default();
        assert_eq!(first.trim(), "Package pool (2/10)", "{text}");
        assert_eq!(
            output(OutputFormat::Table, view(), &["section~x*"], None),
            ""
        );
        let text = output(
            OutputFormat::Table,
            ViewArgs::default(),
            &["section~x*"],
            None,
        );
        assert_eq!(text.lines().count(), 1, "the header alone: {text}");
        assert_eq!(
            output(OutputFormat::Jsonl, view(), &["section~x*"], None),
            ""
        );
    }

    #[test]
    fn wide_has_every_column() {
        insta::assert_snapshot!(
            "wide",
            output(OutputFormat::Wide, ViewArgs::default(), &[], None)
        );
    }

    #[test]
    fn relative_times_at_120_columns() {
        let view = ViewArgs {
            time: TimeFormat::Relative,
            ..ViewArgs::default()
        };
        insta::assert_snapshot!(
            "relative_120",
            output(OutputFormat::Table, view, &[], Some(120))
        );
    }

    #[test]
    fn a_filtered_table_keeps_parents_and_empty_sections() {
        let view = ViewArgs {
            columns: Some("+state,-created,-saved".to_string()),
            sort: Some("name:desc".to_string()),
            time: TimeFormat::Iso,
            ..ViewArgs::default()
        };
        let text = output(OutputFormat::Table, view, &["path~*kit*,*ml-*"], None);
        insta::assert_snapshot!("filtered", text);
    }

    #[test]
    fn csv_tsv_jsonl_and_json() {
        let plain = ViewArgs::default;
        insta::assert_snapshot!("csv", output(OutputFormat::Csv, plain(), &[], None));
        let view = ViewArgs {
            columns: Some("name,state,progress,refs,last-used".to_string()),
            no_headers: true,
            ..ViewArgs::default()
        };
        insta::assert_snapshot!("tsv", output(OutputFormat::Tsv, view, &[], None));
        insta::assert_snapshot!("jsonl", output(OutputFormat::Jsonl, plain(), &[], None));
        let json = output(
            OutputFormat::Json,
            plain(),
            &["node~train*", "section!=pool"],
            None,
        );
        insta::assert_snapshot!("json", json);
    }
}

#[cfg(test)]
mod safety {
    //! Server-supplied text reaches no terminal raw, and color appears only when asked for.

    use super::*;

    fn render_all(snapshot: &Snapshot, format: OutputFormat, color: bool) -> String {
        let options = Options::compile(&ViewArgs::default(), format).unwrap();
        let mut out = Vec::new();
        let selection = Selection::all();
        render(
            &mut out,
            snapshot,
            &selection,
            &options,
            sample::now(),
            Some(100),
            color,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn injected_escape_sequences_are_stripped_or_escaped_everywhere() {
        let mut snapshot = sample::snapshot();
        snapshot.sessions[0].name = "admin\u{1b}]0;owned\u{7}\u{1b}[2J:57".to_string();
        snapshot.sessions[0].host = "10.0.0.5\u{9b}31m\r\n".to_string();
        snapshot.pool[0].path = Some("/user/\u{1b}[31mred\u{7f}.lgp".to_string());
        for format in [
            OutputFormat::Table,
            OutputFormat::Wide,
            OutputFormat::Csv,
            OutputFormat::Tsv,
        ] {
            let text = render_all(&snapshot, format, false);
            // TSV's own tabs aside.
            let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
            assert!(!text.chars().any(unsafe_char), "{format:?}: {text:?}");
            assert!(
                text.contains("admin:57") && text.contains("/user/red.lgp"),
                "{format:?}"
            );
        }
        for format in [OutputFormat::Json, OutputFormat::Jsonl] {
            let text = render_all(&snapshot, format, false);
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{format:?}: {text:?}"
            );
            // The data itself is kept, escaped.
            assert!(
                text.contains(r"admin\u001b]0;owned\u0007\u001b[2J:57"),
                "{format:?}"
            );
            assert!(text.contains(r"10.0.0.5\u009b31m\r\n"), "{format:?}");
        }
    }

    #[test]
    fn color_only_when_asked_for() {
        let snapshot = sample::snapshot();
        assert!(!render_all(&snapshot, OutputFormat::Table, false).contains('\u{1b}'));
        let colored = render_all(&snapshot, OutputFormat::Table, true);
        // The executing sessions' Activity is green.
        assert!(colored.contains("\u{1b}[32m12-03 14:29"), "{colored}");
        for format in [OutputFormat::Json, OutputFormat::Jsonl, OutputFormat::Csv] {
            assert!(!render_all(&snapshot, format, true).contains('\u{1b}'));
        }
    }
}
