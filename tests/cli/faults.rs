//! The HTTP backend against servers that misbehave: a real socket on 127.0.0.1 that answers
//! garbage, cuts answers short, fails, hangs or hangs up. Not a mocked client: the real
//! backend talks to a real (if tiny and rude) server.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use sessionctl::backend::http::{HttpBackend, HttpOptions};
use sessionctl::backend::{ActionRequest, Backend, ClearPoolRequest, Target};

use crate::support::World;

/// What the fake server does with each connection, after reading the request.
#[derive(Clone, Copy)]
enum Rude {
    Answer(&'static str),
    /// Wait this long before answering (the answer is never needed).
    Sleep(Duration),
    /// Close the connection without a word.
    HangUp,
}

/// Serve `rude` on 127.0.0.1:0 for every connection; returns the URL.
fn fake_server(rude: Rude) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            std::thread::spawn(move || {
                let mut request = [0u8; 4096];
                let _ = stream.read(&mut request);
                match rude {
                    Rude::Answer(text) => {
                        let _ = stream.write_all(text.as_bytes());
                    }
                    Rude::Sleep(d) => std::thread::sleep(d),
                    Rude::HangUp => {}
                }
            });
        }
    });
    url
}

fn list(url: &str, timeout: &str) -> (Option<i32>, String, Duration) {
    let world = World::new();
    let start = Instant::now();
    let output = world
        .cmd()
        .args(["-s", url, "--timeout", timeout, "list", "-o", "json"])
        .env("SESSIONCTL_TOKEN", "t")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), stderr, start.elapsed())
}

fn answer(status: &str, body: &str) -> &'static str {
    let text = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    Box::leak(text.into_boxed_str())
}

#[test]
fn garbage_is_a_server_error_that_says_the_json_is_invalid() {
    let url = fake_server(Rude::Answer(answer("200 OK", "<html>hello</html>")));
    let (code, stderr, _) = list(&url, "5s");
    assert_eq!(code, Some(9), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "server '{url}' sent an invalid answer: invalid JSON in the snapshot"
        )),
        "{stderr}"
    );
}

#[test]
fn a_wrong_field_is_named() {
    let body = r#"{"schema":1,"server":{"name":"x","version":"1","pool_capacity":10,"sandbox":false},"taken_at":"2026-12-03T12:00:00Z","sessions":[{"id":"seven"}],"shared":[],"pool":[]}"#;
    let url = fake_server(Rude::Answer(answer("200 OK", body)));
    let (code, stderr, _) = list(&url, "5s");
    assert_eq!(code, Some(9));
    assert!(stderr.contains("at 'sessions[0].id'"), "{stderr}");
}

#[test]
fn truncated_json_is_a_server_error() {
    let url = fake_server(Rude::Answer(answer(
        "200 OK",
        r#"{"schema":1,"server":{"na"#,
    )));
    let (code, stderr, _) = list(&url, "5s");
    assert_eq!(code, Some(9));
    assert!(stderr.contains("invalid JSON in the snapshot"), "{stderr}");
    // An answer shorter than its content-length: the server died while sending it.
    let cut = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{\"schema\":1,";
    let url = fake_server(Rude::Answer(cut));
    let (code, stderr, _) = list(&url, "5s");
    assert_eq!(code, Some(9));
    assert!(stderr.contains("the answer was cut short"), "{stderr}");
}

#[test]
fn a_500_shows_the_servers_message() {
    let body = r#"{"error":{"code":"server","message":"the engine is on fire"}}"#;
    let url = fake_server(Rude::Answer(answer("500 Internal Server Error", body)));
    let (code, stderr, _) = list(&url, "5s");
    assert_eq!(code, Some(9));
    assert!(
        stderr.contains(&format!(
            "server '{url}' failed (500): the engine is on fire"
        )),
        "{stderr}"
    );
}

#[test]
fn a_409_and_a_404_keep_their_codes() {
    let body = r#"{"error":{"code":"conflict","message":"busy"}}"#;
    let (code, _, _) = list(
        &fake_server(Rude::Answer(answer("409 Conflict", body))),
        "5s",
    );
    assert_eq!(code, Some(6));
    let body = r#"{"error":{"code":"not_found","message":"no such path"}}"#;
    let (code, _, _) = list(
        &fake_server(Rude::Answer(answer("404 Not Found", body))),
        "5s",
    );
    assert_eq!(code, Some(5));
}

#[test]
fn a_slow_server_times_out_with_the_timeout_code() {
    let url = fake_server(Rude::Sleep(Duration::from_secs(30)));
    let (code, stderr, took) = list(&url, "1s");
    assert_eq!(code, Some(11), "{stderr}");
    assert!(stderr.contains("did not answer within 1s"), "{stderr}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn a_server_that_hangs_up_mid_request_is_unreachable() {
    let url = fake_server(Rude::HangUp);
    let (code, stderr, _) = list(&url, "5s");
    assert_eq!(code, Some(7), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot reach server '{url}'")),
        "{stderr}"
    );
}

/// A server that counts the requests it gets and hangs up on each.
fn counting_server() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut request = [0u8; 4096];
            if stream.read(&mut request).unwrap_or(0) > 0 {
                counted.fetch_add(1, Ordering::SeqCst);
            }
        }
    });
    (url, count)
}

fn backend(url: &str, timeout: Duration) -> HttpBackend {
    HttpBackend::new(HttpOptions {
        name: "test".to_owned(),
        url: url.to_owned(),
        token: Some("t".to_owned()),
        ca_file: None,
        insecure: false,
        timeout,
        protected: false,
    })
    .unwrap()
}

#[test]
fn reads_are_retried_and_actions_never_are() {
    let (url, count) = counting_server();
    let server = backend(&url, Duration::from_secs(5));
    assert!(server.snapshot().is_err());
    assert_eq!(count.swap(0, Ordering::SeqCst), 3);
    let request = ActionRequest {
        targets: vec![Target {
            address: "1".parse().unwrap(),
            uid: None,
            shown: None,
        }],
        reason: None,
    };
    assert!(server.stop(&request).is_err());
    assert!(server.close(&request).is_err());
    let clear = ClearPoolRequest {
        only: None,
        reason: None,
    };
    assert!(server.clear_pool(&clear).is_err());
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(count.load(Ordering::SeqCst), 3);
}

#[test]
fn a_server_killed_mid_request_is_reported_by_name() {
    let mut world = World::http();
    let url = world.server.as_ref().unwrap().url.clone();
    // A close waits up to 5 s for a run that is slow to stop; the server is killed meanwhile.
    let id = world.login("user", "10.0.0.5", &["design"]);
    let package = world.ok(&["sandbox", "open", &id, "/user/data/data-load.lgp"]);
    world.ok(&[
        "sandbox",
        "run",
        &package,
        "--for",
        "10m",
        "--stop-delay",
        "1m",
    ]);
    let token = std::fs::read_to_string(&world.server.as_ref().unwrap().token_file).unwrap();
    let server = HttpBackend::new(HttpOptions {
        name: url.clone(),
        url: url.clone(),
        token: Some(token.trim().to_owned()),
        ca_file: None,
        insecure: false,
        timeout: Duration::from_secs(10),
        protected: false,
    })
    .unwrap();
    let closing = std::thread::spawn(move || {
        server.close(&ActionRequest {
            targets: vec![Target {
                address: package.parse().unwrap(),
                uid: None,
                shown: None,
            }],
            reason: Some("stuck".to_owned()),
        })
    });
    std::thread::sleep(Duration::from_millis(700));
    let start = Instant::now();
    world.server = None; // SIGKILL
    let error = closing.join().unwrap().unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(3));
    let text = error.to_string();
    assert!(
        text.contains(&format!("server '{url}'"))
            && sessionctl::exit::for_backend_error(&error) == 7,
        "{text}"
    );
}
