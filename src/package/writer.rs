//! Writing package files, for the demo storage: real ZIP archives shaped like the ones Studio
//! saves (same entry names, same PackageInfo and References markup), with one empty unit.
//!
//! The writer knows nothing of encryption: `PackageFile::protected` is ignored.

use std::fs;
use std::io::{self, Seek, Write};
use std::path::Path;

use chrono::{Datelike, Timelike};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::PackageFile;

const XML_HEADER: &str = "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// Write `package` to `path` as a real package file, atomically (a temporary file in the same
/// directory, then renamed over `path`), creating parent directories.
pub fn write_package(path: &Path, package: &PackageFile) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".sessionctl-").suffix(".tmp");
    #[cfg(unix)]
    {
        // tempfile creates 0600 files; a package in a storage must be readable by the server.
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let mut temp = builder.tempfile_in(dir)?;
    write_archive(io::BufWriter::new(temp.as_file_mut()), package)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|error| error.error)?;
    Ok(())
}

fn write_archive<W: Write + Seek>(out: W, package: &PackageFile) -> io::Result<()> {
    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(now());
    for (name, body) in parts(package) {
        zip.start_file(name, options)?;
        zip.write_all(XML_HEADER.as_bytes())?;
        zip.write_all(body.as_bytes())?;
    }
    zip.finish()?.flush()
}

/// ZIP times are local wall-clock times with two-second resolution, from 1980 on.
fn now() -> zip::DateTime {
    let now = chrono::Local::now();
    let field = |value: u32| u8::try_from(value).unwrap_or(0);
    u16::try_from(now.year())
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(
                year,
                field(now.month()),
                field(now.day()),
                field(now.hour()),
                field(now.minute()),
                field(now.second().min(58)),
            )
            .ok()
        })
        .unwrap_or_default()
}

/// The entry names and their XML bodies (without the header).
fn parts(package: &PackageFile) -> Vec<(&'static str, String)> {
    let unit_guid = derived_guid(&format!("{}/Unit_0", package.guid));
    vec![
        ("PackageIndex.xml", PACKAGE_INDEX.to_owned()),
        ("PackageInfo.xml", package_info(package)),
        ("References.xml", references(package)),
        (
            "Variables.xml",
            "<Variables>\n\t<Elements/>\n</Variables>\n".to_owned(),
        ),
        ("Reports.xml", "<Reports/>\n".to_owned()),
        (
            "Unit_0/Info.xml",
            element(
                "",
                "Info",
                &[
                    ("Guid", Some(unit_guid.as_str())),
                    ("Name", Some("Unit1")),
                    ("DisplayName", Some("Unit1")),
                ],
            ),
        ),
        ("Unit_0/Unit.xml", UNIT.to_owned()),
    ]
}

// Studio writes paths in the index with backslashes, and a `.bin` twin beside each XML part;
// these demo files have no twins, so the index names only the XML parts.
const PACKAGE_INDEX: &str = r#"<PackageIndex>
	<PackageInfo XMLFile="\PackageInfo.xml"/>
	<References XMLFile="\References.xml"/>
	<Reports XMLFile="\Reports.xml"/>
	<Variables XMLFile="\Variables.xml"/>
	<Units>
		<Item BasePath="\Unit_0">
			<Info XMLFile="\Unit_0\Info.xml"/>
			<Unit XMLFile="\Unit_0\Unit.xml"/>
		</Item>
	</Units>
</PackageIndex>
"#;

/// An empty workflow: no nodes, no links, no views.
const UNIT: &str = r#"<Unit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
	<WorkFlow xsi:type="TBGPackageModelWorkFlow">
		<Nodes/>
		<Links/>
		<ServiceNodes/>
		<ServiceLinks/>
		<Annotations/>
	</WorkFlow>
	<ModelViews>
		<Nodes/>
		<Links/>
	</ModelViews>
</Unit>
"#;

fn package_info(package: &PackageFile) -> String {
    element(
        "",
        "PackageInfo",
        &[
            ("Guid", Some(package.guid.as_str())),
            ("Name", Some(package.name.as_str())),
            ("Version", package.version.as_deref()),
            ("ApplicationVersion", package.app_version.as_deref()),
            ("UseBasePackageFileStorage", Some("true")),
            ("Locale", package.locale.as_deref()),
        ],
    )
}

fn references(package: &PackageFile) -> String {
    if package.references.is_empty() {
        return "<References/>\n".to_owned();
    }
    let mut xml = String::from("<References>\n");
    for reference in &package.references {
        let item = [
            ("Guid", Some(reference.guid.as_str())),
            ("HintPath", Some(reference.hint_path.as_str())),
        ];
        xml.push_str(&start_tag("\t", "Item", &item));
        xml.push_str(&element(
            "\t\t",
            "Name",
            &[
                ("Guid", Some(reference.target_guid.as_str())),
                ("Name", Some(reference.name.as_str())),
                ("VersionMask", reference.version_mask.as_deref()),
            ],
        ));
        xml.push_str("\t</Item>\n");
    }
    xml.push_str("</References>\n");
    xml
}

/// `<name a="1" b="2"/>` on its own line; attributes whose value is None are left out.
fn element(indent: &str, name: &str, attributes: &[(&str, Option<&str>)]) -> String {
    let mut line = start_tag(indent, name, attributes);
    line.replace_range(line.len() - 2.., "/>\n");
    line
}

fn start_tag(indent: &str, name: &str, attributes: &[(&str, Option<&str>)]) -> String {
    let mut tag = format!("{indent}<{name}");
    for (key, value) in attributes {
        if let Some(value) = value {
            tag.push_str(&format!(" {key}=\"{}\"", escape_attribute(value)));
        }
    }
    tag.push_str(">\n");
    tag
}

/// Escapes markup characters, and the whitespace an XML parser would otherwise normalise.
fn escape_attribute(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' => escaped.push_str("&#9;"),
            '\n' => escaped.push_str("&#10;"),
            '\r' => escaped.push_str("&#13;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A stable GUID made from `seed` (FNV-1a), so that writing the same package twice gives the
/// same unit; marked as a version 8 (custom) UUID.
fn derived_guid(seed: &str) -> String {
    let fnv = |basis: u64| {
        seed.bytes().fold(basis, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let high = (fnv(0xcbf2_9ce4_8422_2325) & !0xf000) | 0x8000;
    let low = (fnv(0x6c62_272e_07bb_0142) & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xffff,
        low >> 48,
        low & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::package::{FileReference, read_package};

    fn sample() -> PackageFile {
        PackageFile {
            guid: "0f6b1c3e-5d2a-4e8f-9a7b-2c4d6e8f0a1b".into(),
            name: "отчёт \"Q&A\" <draft> it's\tdone".into(),
            version: Some("2.1.0".into()),
            app_version: Some("7.3.1".into()),
            locale: Some("ru_RU".into()),
            protected: false,
            references: vec![
                FileReference {
                    guid: "11111111-2222-4333-8444-555555555555".into(),
                    hint_path: "../libs/данные & co.lgp".into(),
                    name: "данные_co".into(),
                    target_guid: "66666666-7777-4888-9999-000000000000".into(),
                    version_mask: Some("^3.2.1".into()),
                },
                FileReference {
                    guid: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee".into(),
                    hint_path: "plain.lgp".into(),
                    name: "plain".into(),
                    target_guid: "ffffffff-0000-4111-8222-333333333333".into(),
                    version_mask: None,
                },
            ],
        }
    }

    #[test]
    fn written_packages_read_back_unchanged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("new/nested/sample.lgp");
        let package = sample();
        write_package(&path, &package).expect("write");
        assert_eq!(read_package(&path).expect("read"), package);

        let bare = PackageFile {
            version: None,
            app_version: None,
            locale: None,
            references: Vec::new(),
            protected: true,
            ..sample()
        };
        write_package(&path, &bare).expect("overwrite");
        let read = read_package(&path).expect("read");
        assert_eq!(
            read,
            PackageFile {
                protected: false,
                ..bare
            }
        );
        assert_eq!(read.effective_version(), "1.0.0");
        let left: Vec<_> = fs::read_dir(path.parent().expect("parent"))
            .expect("dir")
            .map(|entry| entry.expect("entry").file_name())
            .collect();
        assert_eq!(left, ["sample.lgp"], "no temporary file is left behind");
    }

    #[test]
    fn written_packages_look_like_studio_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sample.lgp");
        write_package(&path, &sample()).expect("write");
        let mut zip = zip::ZipArchive::new(fs::File::open(&path).expect("open")).expect("zip");
        let mut names: Vec<_> = zip.file_names().map(str::to_owned).collect();
        names.sort();
        let expected = [
            "PackageIndex.xml",
            "PackageInfo.xml",
            "References.xml",
            "Reports.xml",
            "Unit_0/Info.xml",
            "Unit_0/Unit.xml",
            "Variables.xml",
        ];
        assert_eq!(names, expected);
        for name in expected {
            let mut entry = zip.by_name(name).expect("entry");
            assert_eq!(entry.compression(), CompressionMethod::Deflated, "{name}");
            let mut text = String::new();
            entry.read_to_string(&mut text).expect("UTF-8");
            assert!(text.starts_with(XML_HEADER), "{name}");
            let mut reader = quick_xml::Reader::from_str(&text[XML_HEADER.len()..]);
            let mut event = || reader.read_event().expect("well-formed XML");
            while !matches!(event(), quick_xml::events::Event::Eof) {}
        }
        let mut info = String::new();
        zip.by_name("PackageInfo.xml")
            .expect("entry")
            .read_to_string(&mut info)
            .expect("UTF-8");
        assert!(info.contains(
            "Name=\"отчёт &quot;Q&amp;A&quot; &lt;draft&gt; it&apos;s&#9;done\" Version=\"2.1.0\""
        ));
    }

    #[test]
    fn unit_guids_are_stable_and_well_formed() {
        let guid = derived_guid("seed/Unit_0");
        assert_eq!(guid, derived_guid("seed/Unit_0"));
        assert_ne!(guid, derived_guid("other/Unit_0"));
        let groups: Vec<_> = guid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(&guid[14..15], "8", "version 8");
        assert!(
            matches!(&guid[19..20], "8" | "9" | "a" | "b"),
            "RFC 4122 variant"
        );
    }
}
