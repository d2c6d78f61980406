//! Reading a package file: the identity in `PackageInfo.xml`, the references in
//! `References.xml` and whether the archive is protected.
//!
//! Only those two entries are decompressed; the units (AES-encrypted in protected packages)
//! are never read, so reading stays fast and needs no password.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;
use zip::result::ZipError;

use super::{FileReference, PackageFile};

const PACKAGE_INFO: &str = "PackageInfo.xml";
const REFERENCES: &str = "References.xml";
/// Far above any real PackageInfo or References part; guards against a crafted archive.
const MAX_PART_BYTES: u64 = 8 << 20;
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why a package file cannot be read; every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error("cannot read package '{}': {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("cannot read package '{}': {detail}", path.display())]
    NotZip { path: PathBuf, detail: String },
    #[error("cannot read package '{}': no '{entry}' entry", path.display())]
    MissingEntry { path: PathBuf, entry: &'static str },
    #[error("cannot read package '{}': bad '{entry}': {detail}", path.display())]
    BadXml {
        path: PathBuf,
        entry: &'static str,
        detail: String,
    },
}

impl PackageError {
    fn not_zip(path: &Path, detail: String) -> Self {
        let path = path.to_path_buf();
        Self::NotZip { path, detail }
    }

    fn bad_xml(path: &Path, entry: &'static str, detail: String) -> Self {
        let path = path.to_path_buf();
        Self::BadXml {
            path,
            entry,
            detail,
        }
    }
}

/// Read what sessionctl needs of the package file at `path`.
pub fn read_package(path: &Path) -> Result<PackageFile, PackageError> {
    let io_error = |source| PackageError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(io_error)?;
    let mut archive = ZipArchive::new(BufReader::new(file)).map_err(|error| {
        let detail = match error {
            // A short read means a truncated archive; other I/O failures are the disk's.
            ZipError::Io(source) if source.kind() == io::ErrorKind::UnexpectedEof => {
                "truncated or damaged ZIP archive".to_owned()
            }
            ZipError::Io(source) => return io_error(source),
            other => format!("not a ZIP archive ({other})"),
        };
        PackageError::not_zip(path, detail)
    })?;

    let bad_xml = |entry, detail| PackageError::bad_xml(path, entry, detail);
    let info_xml =
        read_part(&mut archive, path, PACKAGE_INFO)?.ok_or_else(|| PackageError::MissingEntry {
            path: path.to_path_buf(),
            entry: PACKAGE_INFO,
        })?;
    let mut package = parse_package_info(&info_xml).map_err(|d| bad_xml(PACKAGE_INFO, d))?;
    if let Some(references_xml) = read_part(&mut archive, path, REFERENCES)? {
        package.references =
            parse_references(&references_xml).map_err(|d| bad_xml(REFERENCES, d))?;
    }
    package.protected = is_protected(&mut archive);
    Ok(package)
}

/// The text of one XML part, BOM stripped; None when the archive has no such entry.
fn read_part(
    archive: &mut ZipArchive<BufReader<File>>,
    path: &Path,
    entry: &'static str,
) -> Result<Option<String>, PackageError> {
    let corrupt =
        |detail| PackageError::not_zip(path, format!("cannot extract '{entry}': {detail}"));
    let mut file = match archive.by_name(entry) {
        Ok(file) => file,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(corrupt(error.to_string())),
    };
    let mut bytes = Vec::new();
    file.by_ref()
        .take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| corrupt(error.to_string()))?;
    let bad_xml = |detail| PackageError::bad_xml(path, entry, detail);
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(bad_xml(format!("larger than {MAX_PART_BYTES} bytes")));
    }
    let text = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    let text = std::str::from_utf8(text).map_err(|error| bad_xml(format!("not UTF-8: {error}")))?;
    Ok(Some(text.to_owned()))
}

/// Protected packages carry a `password` entry and encrypted units. Without the `aes-crypto`
/// feature the zip crate reports the inner method of a method-99 entry, so the encryption
/// flag is what shows AES (it would also show legacy ZipCrypto, equally protected).
fn is_protected(archive: &mut ZipArchive<BufReader<File>>) -> bool {
    if archive.index_for_name("password").is_some() {
        return true;
    }
    // An entry whose header cannot be read is not ours to judge: units are never opened.
    (0..archive.len()).any(|index| archive.by_index_raw(index).is_ok_and(|f| f.encrypted()))
}

fn parse_package_info(xml: &str) -> Result<PackageFile, String> {
    let mut reader = Reader::from_str(xml);
    let (root, _) = root_element(&mut reader)?;
    expect_name(&root, "PackageInfo")?;
    let mut attributes = Attributes::of(&root)?;
    Ok(PackageFile {
        guid: attributes.required("Guid")?,
        name: attributes.required("Name")?,
        version: attributes.optional("Version"),
        app_version: attributes.optional("ApplicationVersion"),
        locale: attributes.optional("Locale"),
        protected: false,
        references: Vec::new(),
    })
}

/// A reference whose `Name` child has not been seen yet.
struct PendingItem {
    guid: String,
    hint_path: String,
    target: Option<(String, String, Option<String>)>,
}

fn parse_references(xml: &str) -> Result<Vec<FileReference>, String> {
    let mut reader = Reader::from_str(xml);
    let (root, is_empty) = root_element(&mut reader)?;
    expect_name(&root, "References")?;
    let mut references = Vec::new();
    if is_empty {
        return Ok(references);
    }
    // Depth of the element being opened: 1 is References, 2 an Item, 3 an Item's Name.
    let mut depth = 1;
    let mut item: Option<PendingItem> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|error| format!("{error} at byte {}", reader.error_position()))?;
        let is_start = matches!(event, Event::Start(_));
        match event {
            Event::Start(element) | Event::Empty(element) => {
                let name = element.name();
                match (depth + 1, name.as_ref()) {
                    (2, b"Item") => {
                        let mut attributes = Attributes::of(&element)?;
                        item = Some(PendingItem {
                            guid: attributes.required("Guid")?,
                            hint_path: attributes.required("HintPath")?,
                            target: None,
                        });
                    }
                    (3, b"Name") => {
                        if let Some(item) = item.as_mut() {
                            let mut attributes = Attributes::of(&element)?;
                            item.target = Some((
                                attributes.required("Guid")?,
                                attributes.required("Name")?,
                                attributes.optional("VersionMask"),
                            ));
                        }
                    }
                    _ => {}
                }
                if is_start {
                    depth += 1;
                } else if depth == 1 && name.as_ref() == b"Item" {
                    finish_item(item.take(), &mut references)?;
                }
            }
            Event::End(element) => {
                if depth == 2 && element.name().as_ref() == b"Item" {
                    finish_item(item.take(), &mut references)?;
                }
                depth -= 1;
                if depth == 0 {
                    return Ok(references);
                }
            }
            Event::Eof => return Err("unexpected end of the document".to_owned()),
            _ => {}
        }
    }
}

fn finish_item(
    item: Option<PendingItem>,
    references: &mut Vec<FileReference>,
) -> Result<(), String> {
    let Some(item) = item else { return Ok(()) };
    let Some((target_guid, name, version_mask)) = item.target else {
        return Err(format!("reference '{}' has no Name element", item.guid));
    };
    references.push(FileReference {
        guid: item.guid,
        hint_path: item.hint_path,
        name,
        target_guid,
        version_mask,
    });
    Ok(())
}

/// The root element, and whether it is empty (`<References/>`).
fn root_element<'a>(reader: &mut Reader<&'a [u8]>) -> Result<(BytesStart<'a>, bool), String> {
    loop {
        match reader.read_event() {
            Ok(Event::Start(element)) => return Ok((element, false)),
            Ok(Event::Empty(element)) => return Ok((element, true)),
            Ok(Event::Eof) => return Err("no root element".to_owned()),
            Ok(_) => {}
            Err(error) => return Err(format!("{error} at byte {}", reader.error_position())),
        }
    }
}

fn expect_name(element: &BytesStart, expected: &str) -> Result<(), String> {
    let name = String::from_utf8_lossy(element.name().as_ref()).into_owned();
    if name == expected {
        Ok(())
    } else {
        Err(format!("root element is '{name}', expected '{expected}'"))
    }
}

/// The unescaped attributes of one element.
struct Attributes {
    element: String,
    values: Vec<(String, String)>,
}

impl Attributes {
    fn of(element: &BytesStart) -> Result<Self, String> {
        let name = String::from_utf8_lossy(element.name().as_ref()).into_owned();
        let mut values = Vec::new();
        for attribute in element.attributes() {
            let attribute = attribute.map_err(|error| format!("element '{name}': {error}"))?;
            let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
            let value = attribute
                .unescape_value()
                .map_err(|error| format!("attribute '{key}' of '{name}': {error}"))?;
            values.push((key, value.into_owned()));
        }
        Ok(Self {
            element: name,
            values,
        })
    }

    fn take(&mut self, key: &str) -> Option<String> {
        let index = self.values.iter().position(|(k, _)| k == key)?;
        Some(self.values.swap_remove(index).1)
    }

    fn required(&mut self, key: &str) -> Result<String, String> {
        self.take(key)
            .ok_or_else(|| format!("element '{}' has no '{key}' attribute", self.element))
    }

    /// An empty value counts as absent, as if the attribute were not written.
    fn optional(&mut self, key: &str) -> Option<String> {
        self.take(key).filter(|value| !value.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    const CLEARML: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/storage/user/libs/python_kits/loginom_clearml_kit.lgp"
    );

    /// A package made of the given entries, written to a temporary directory.
    fn archive(dir: &Path, entries: &[(&str, &str)]) -> PathBuf {
        let path = dir.join("made.lgp");
        let file = File::create(&path).expect("temp file");
        let mut zip = zip::ZipWriter::new(file);
        for (name, body) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("zip entry");
            zip.write_all(body.as_bytes()).expect("zip entry");
        }
        zip.finish().expect("zip");
        path
    }

    fn error_for(path: &Path) -> String {
        let error = read_package(path).expect_err("must not read");
        let message = error.to_string();
        let quoted = format!("'{}'", path.display());
        assert!(message.starts_with("cannot read package "), "{message}");
        assert!(message.contains(&quoted), "{message}");
        message
    }

    #[test]
    fn unreadable_files_name_the_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let not_zip = dir.path().join("notes.lgp");
        std::fs::write(&not_zip, "just some text, not an archive").expect("write");
        assert!(error_for(&not_zip).contains("not a ZIP archive"));

        let empty = dir.path().join("empty.lgp");
        std::fs::write(&empty, b"").expect("write");
        assert!(error_for(&empty).contains("not a ZIP archive"));

        let real = std::fs::read(CLEARML).expect("fixture");
        for keep in [real.len() / 2, real.len() - 10, 30] {
            let truncated = dir.path().join(format!("truncated-{keep}.lgp"));
            std::fs::write(&truncated, &real[..keep]).expect("write");
            error_for(&truncated);
        }

        // Intact directory, damaged data: the PackageInfo.xml bytes themselves are garbled.
        let offset = {
            let mut zip = ZipArchive::new(File::open(CLEARML).expect("fixture")).expect("zip");
            let info = zip.by_name(PACKAGE_INFO).expect("entry");
            usize::try_from(info.data_start()).expect("offset")
        };
        let mut garbled = real.clone();
        garbled[offset..offset + 40].fill(0xA5);
        let corrupt = dir.path().join("corrupt.lgp");
        std::fs::write(&corrupt, &garbled).expect("write");
        assert!(error_for(&corrupt).contains("cannot extract 'PackageInfo.xml': corrupt"));

        let missing = dir.path().join("missing.lgp");
        let error = read_package(&missing).expect_err("missing");
        assert!(matches!(error, PackageError::Io { .. }), "{error:?}");
        error_for(&missing);
    }

    #[test]
    fn a_package_needs_package_info() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = archive(dir.path(), &[("References.xml", "<References/>")]);
        let error = read_package(&path).expect_err("no PackageInfo");
        assert!(
            matches!(error, PackageError::MissingEntry { .. }),
            "{error:?}"
        );
        assert!(error_for(&path).ends_with("no 'PackageInfo.xml' entry"));
    }

    #[test]
    fn bad_xml_is_reported_with_the_entry() {
        let dir = tempfile::tempdir().expect("tempdir");
        let cases: [(&str, &str); 4] = [
            ("PackageInfo.xml", "<PackageInfo Guid=\"g\" Name=\"n\""),
            ("PackageInfo.xml", "<Package Guid=\"g\" Name=\"n\"/>"),
            ("PackageInfo.xml", "<PackageInfo Name=\"n\"/>"),
            (
                "PackageInfo.xml",
                "<PackageInfo Guid=\"g\" Name=\"a &bogus; b\"/>",
            ),
        ];
        for (entry, body) in cases {
            let path = archive(dir.path(), &[(entry, body)]);
            assert!(error_for(&path).contains("bad 'PackageInfo.xml'"), "{body}");
        }
        let info = ("PackageInfo.xml", "<PackageInfo Guid=\"g\" Name=\"n\"/>");
        let no_name = "<References><Item Guid=\"i\" HintPath=\"x.lgp\"/></References>";
        let path = archive(dir.path(), &[info, ("References.xml", no_name)]);
        let message = error_for(&path);
        assert!(message.contains("bad 'References.xml': reference 'i' has no Name"));
        let unclosed = "<References><Item Guid=\"i\" HintPath=\"x.lgp\">";
        let path = archive(dir.path(), &[info, ("References.xml", unclosed)]);
        assert!(error_for(&path).contains("bad 'References.xml'"));
    }

    #[test]
    fn bom_escapes_and_missing_references_are_handled() {
        let dir = tempfile::tempdir().expect("tempdir");
        let info = "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
            <PackageInfo Guid=\"g\" Name=\"a&amp;b &#1044;&quot;\" Version=\"\"/>\n";
        let path = archive(dir.path(), &[("PackageInfo.xml", info)]);
        let package = read_package(&path).expect("reads");
        assert_eq!(package.name, "a&b Д\"");
        assert_eq!(package.version, None);
        assert!(package.references.is_empty());

        let references = "\u{feff}<References>\n\t<Item Guid=\"i\" HintPath=\"..\\x &amp; y.lgp\">\
            <Extra/><Name Guid=\"t\" Name=\"x\" VersionMask=\"\"/></Item>\
            <Item Guid=\"j\" HintPath=\"z.lgp\"><Name Guid=\"u\" Name=\"z\" VersionMask=\"~1.0\"/></Item>\
            </References>";
        let path = archive(
            dir.path(),
            &[("PackageInfo.xml", info), ("References.xml", references)],
        );
        let package = read_package(&path).expect("reads");
        let hints: Vec<_> = package
            .references
            .iter()
            .map(|r| r.hint_path.as_str())
            .collect();
        assert_eq!(hints, ["..\\x & y.lgp", "z.lgp"]);
        assert_eq!(package.references[0].version_mask, None);
        assert_eq!(package.references[1].version_mask.as_deref(), Some("~1.0"));
    }
}
