//! The row model every renderer shows: a snapshot, filtered by a selection and sorted, as the
//! flat list of the page's tree rows.
//!
//! The sections come in the page's order, each as a section row even when nothing in it is
//! shown. A session is shown when it matches, with all its packages, or when one of its
//! packages matches, as their parent (with only those). `--sort` orders siblings within their
//! parent; absent values go last, and ties keep the server's order.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use crate::columns::{self, Field, Item, Type, Value};
use crate::model::{Address, Package, Section, Snapshot};
use crate::select::{Selection, parse_version};
use crate::usage::UsageError;

/// What a row shows.
#[derive(Debug, Clone)]
pub enum Subject<'a> {
    /// A section's title row: `Package pool (2/10)`.
    Section(String),
    Item {
        item: Item<'a>,
        /// False for a row shown only as context: a session as the parent of matching packages,
        /// a package as the child of a matching session.
        matched: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub section: Section,
    /// The tree drawn before the name: `""`, `"├─ "`, `"│  └─ "`.
    pub tree: String,
    pub subject: Subject<'a>,
}

impl<'a> Row<'a> {
    pub fn item(&self) -> Option<&Item<'a>> {
        match &self.subject {
            Subject::Item { item, .. } => Some(item),
            Subject::Section(_) => None,
        }
    }

    /// The session a package row belongs to.
    pub fn parent(&self) -> Option<Address> {
        match self.item()? {
            Item::Package {
                session: Some(s), ..
            } => Some(Address::Session(s.id)),
            _ => None,
        }
    }
}

/// The rows of one snapshot.
#[derive(Debug, Clone)]
pub struct Rows<'a> {
    pub snapshot: &'a Snapshot,
    pub rows: Vec<Row<'a>>,
}

/// `--sort FIELD[:desc]`.
#[derive(Debug, Clone, Copy)]
pub struct Sort {
    pub field: &'static Field,
    pub descending: bool,
}

impl Sort {
    pub fn parse(text: &str) -> Result<Sort, UsageError> {
        let (name, order) = text.split_once(':').unwrap_or((text, "asc"));
        let descending = match order.to_ascii_lowercase().as_str() {
            "asc" => false,
            "desc" => true,
            _ => {
                return Err(UsageError(format!(
                    "invalid sort order '{order}' in '{text}' (expected FIELD, FIELD:asc or FIELD:desc)"
                )));
            }
        };
        let field = columns::field(name.trim())?;
        Ok(Sort { field, descending })
    }

    fn compare(&self, a: &Item<'_>, b: &Item<'_>, now: DateTime<Utc>) -> Ordering {
        let key = self.field.key;
        let (a, b) = (columns::value(key, a, now), columns::value(key, b, now));
        let ordering = match (&a, &b) {
            (Value::Absent, Value::Absent) => return Ordering::Equal,
            (Value::Absent, _) => return Ordering::Greater,
            (_, Value::Absent) => return Ordering::Less,
            (Value::Text(a), Value::Text(b)) if self.field.ty == Type::Semver => {
                match (parse_version(a), parse_version(b)) {
                    (Some(a), Some(b)) => a.cmp_precedence(&b),
                    _ => a.cmp(b),
                }
            }
            (Value::Text(a), Value::Text(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
            (Value::Time(a), Value::Time(b)) => a.cmp(b),
            (Value::Number(a), Value::Number(b)) | (Value::Duration(a), Value::Duration(b)) => {
                a.cmp(b)
            }
            _ => Ordering::Equal,
        };
        if self.descending {
            ordering.reverse()
        } else {
            ordering
        }
    }
}

/// A shown item and its shown children.
struct Node<'a> {
    item: Item<'a>,
    matched: bool,
    children: Vec<Node<'a>>,
}

pub fn build<'a>(
    snapshot: &'a Snapshot,
    selection: &Selection,
    sort: Option<&Sort>,
    now: DateTime<Utc>,
) -> Rows<'a> {
    let mut rows = Vec::new();
    for section in Section::ALL {
        if !selection.shows_section(section) {
            continue;
        }
        let title = match section {
            Section::Pool => format!(
                "{} ({}/{})",
                section.title(),
                snapshot.pool.len(),
                snapshot.server.pool_capacity
            ),
            _ => section.title().to_string(),
        };
        rows.push(Row {
            section,
            tree: String::new(),
            subject: Subject::Section(title),
        });
        let mut nodes = match section {
            Section::Sessions => sessions(snapshot, selection, now),
            Section::Shared => packages(&snapshot.shared, section, selection, now),
            Section::Pool => packages(&snapshot.pool, section, selection, now),
        };
        if let Some(sort) = sort {
            sort_nodes(&mut nodes, sort, now);
        }
        push_tree(&mut rows, section, &nodes, "");
    }
    Rows { snapshot, rows }
}

fn sessions<'a>(
    snapshot: &'a Snapshot,
    selection: &Selection,
    now: DateTime<Utc>,
) -> Vec<Node<'a>> {
    let mut nodes = Vec::new();
    for session in &snapshot.sessions {
        let item = Item::Session(session);
        let matched = selection.matches(&item, now);
        let children: Vec<Node<'a>> = session
            .packages
            .iter()
            .map(|package| {
                let item = Item::Package {
                    package,
                    section: Section::Sessions,
                    session: Some(session),
                };
                let matched = selection.matches(&item, now);
                Node {
                    item,
                    matched,
                    children: Vec::new(),
                }
            })
            .filter(|child| matched || child.matched)
            .collect();
        if matched || !children.is_empty() {
            nodes.push(Node {
                item,
                matched,
                children,
            });
        }
    }
    nodes
}

fn packages<'a>(
    packages: &'a [Package],
    section: Section,
    selection: &Selection,
    now: DateTime<Utc>,
) -> Vec<Node<'a>> {
    packages
        .iter()
        .map(|package| Item::Package {
            package,
            section,
            session: None,
        })
        .filter(|item| selection.matches(item, now))
        .map(|item| Node {
            item,
            matched: true,
            children: Vec::new(),
        })
        .collect()
}

fn sort_nodes(nodes: &mut [Node<'_>], sort: &Sort, now: DateTime<Utc>) {
    // A stable sort: ties keep the server's order.
    nodes.sort_by(|a, b| sort.compare(&a.item, &b.item, now));
    for node in nodes {
        sort_nodes(&mut node.children, sort, now);
    }
}

fn push_tree<'a>(rows: &mut Vec<Row<'a>>, section: Section, nodes: &[Node<'a>], indent: &str) {
    for (i, node) in nodes.iter().enumerate() {
        let last = i + 1 == nodes.len();
        rows.push(Row {
            section,
            tree: format!("{indent}{}", if last { "└─ " } else { "├─ " }),
            subject: Subject::Item {
                item: node.item,
                matched: node.matched,
            },
        });
        let indent = format!("{indent}{}", if last { "   " } else { "│  " });
        push_tree(rows, section, &node.children, &indent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::SelectArgs;
    use crate::render::sample;

    fn shown(filters: &[&str], search: Option<&str>, sort: Option<&str>) -> Vec<String> {
        let snapshot = sample::snapshot();
        let args = SelectArgs {
            filters: filters.iter().map(|f| f.to_string()).collect(),
            search: search.map(str::to_string),
            section: Vec::new(),
        };
        let selection = Selection::compile(&args).unwrap();
        let sort = sort.map(|s| Sort::parse(s).unwrap());
        let rows = build(&snapshot, &selection, sort.as_ref(), sample::now());
        rows.rows
            .iter()
            .map(|row| match &row.subject {
                Subject::Section(title) => title.clone(),
                Subject::Item { item, matched } => {
                    format!(
                        "{}{}{}",
                        row.tree,
                        item.address(),
                        if *matched { "" } else { " (context)" }
                    )
                }
            })
            .collect()
    }

    #[test]
    fn everything_is_a_tree_in_the_pages_order() {
        let rows = shown(&[], None, None);
        assert_eq!(
            rows,
            [
                "Sessions",
                "├─ 57",
                "│  ├─ 57/12",
                "│  └─ 57/13",
                "├─ 58",
                "│  └─ 58/14",
                "├─ 59",
                "└─ 61",
                "   └─ 61/21",
                "Shared packages",
                "├─ shared/30",
                "└─ shared/31",
                "Package pool (2/10)",
                "├─ pool/40",
                "└─ pool/41",
            ]
        );
    }

    #[test]
    fn a_matching_package_keeps_its_session_as_parent_and_empty_sections_stay() {
        let rows = shown(&["path~*ml-experiment*"], None, None);
        assert_eq!(
            rows,
            [
                "Sessions",
                "└─ 57 (context)",
                "   └─ 57/12",
                "Shared packages",
                "Package pool (2/10)",
                "└─ pool/40"
            ]
        );
    }

    #[test]
    fn a_matching_session_shows_all_its_packages() {
        let rows = shown(&["user=admin"], None, None);
        assert_eq!(
            rows[..4],
            ["Sessions", "└─ 57", "   ├─ 57/12", "   └─ 57/13"]
        );
        assert_eq!(rows[4..], ["Shared packages", "Package pool (2/10)"]);
        let rows = shown(&[], Some("192.168.10"), None);
        assert_eq!(rows[1..3], ["└─ 58", "   └─ 58/14 (context)"]);
    }

    #[test]
    fn sort_orders_siblings_within_their_parent() {
        let rows = shown(&["section=sessions"], None, Some("name:desc"));
        assert_eq!(
            rows[1..],
            [
                "├─ 58",
                "│  └─ 58/14",
                "├─ 61",
                "│  └─ 61/21",
                "├─ 59",
                "└─ 57",
                "   ├─ 57/13",
                "   └─ 57/12"
            ]
        );
        let rows = shown(&["section=pool"], None, Some("last-used"));
        assert_eq!(rows, ["Package pool (2/10)", "├─ pool/41", "└─ pool/40"]);
        // Absent values go last either way.
        let rows = shown(&["section=sessions"], None, Some("saved:desc"));
        assert_eq!(rows[2..4], ["│  ├─ 57/12", "│  └─ 57/13"]);
        assert!(Sort::parse("hots").is_err());
        assert!(Sort::parse("host:up").is_err());
    }
}
