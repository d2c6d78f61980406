//! `sessionctl serve`: the sandbox's engine as a server of the HTTP protocol, for rehearsing
//! scripts against a server and for testing the HTTP backend against a real one.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use crate::backend::sandbox::SandboxBackend;
use crate::cli::ServeArgs;
use crate::clock::Clock;
use crate::ctx::Ctx;
use crate::exit::Status;
use crate::server::auth::Tokens;
use crate::server::log::RequestLog;
use crate::server::{self, DEFAULT_PORT, Options};
use crate::usage::UsageError;

pub fn run(args: &ServeArgs, ctx: &mut Ctx, clock: Arc<dyn Clock>) -> anyhow::Result<Status> {
    let listen = parse_listen(&args.listen)?;
    let mut sandbox = SandboxBackend::open(args.storage.as_deref(), &ctx.state_dir, clock)?;
    if let Some(state) = &args.state {
        sandbox = sandbox.with_state_file(state.clone());
    }
    sandbox.claim()?;
    let tokens_file = args
        .tokens
        .clone()
        .unwrap_or_else(|| ctx.state_dir.join("serve").join("tokens.toml"));
    let loaded = Tokens::load_or_create(&tokens_file)?;
    if let Some(admin) = &loaded.created {
        writeln!(
            ctx.out,
            "created the tokens file '{}' with an admin token; the token alone is in '{}' \
             (both mode 0600): export SESSIONCTL_TOKEN_FILE='{}'",
            tokens_file.display(),
            admin.display(),
            admin.display()
        )?;
    } else {
        // Said on every start, so that a script that reads it works after a restart too.
        let admin = tokens_file.with_file_name("admin.token");
        if admin.is_file() {
            writeln!(
                ctx.out,
                "tokens from '{}'; the admin token alone is in '{}': export \
                 SESSIONCTL_TOKEN_FILE='{}'",
                tokens_file.display(),
                admin.display(),
                admin.display()
            )?;
        }
    }
    let options = Options {
        listen,
        tls: args.tls_cert.clone().zip(args.tls_key.clone()),
    };
    let log = RequestLog::new(Box::new(std::io::stderr()));
    let out = &mut *ctx.out;
    server::run(sandbox, loaded.tokens, options, log, |url| {
        // Scripts and tests read the URL from this line, so it goes out at once.
        writeln!(out, "listening on {url}")?;
        out.flush()
    })?;
    Ok(Status::Success)
}

/// `127.0.0.1:4590`, `[::1]:0`, or an address alone (the default port).
fn parse_listen(text: &str) -> Result<SocketAddr, UsageError> {
    if let Ok(address) = text.parse::<SocketAddr>() {
        return Ok(address);
    }
    if let Ok(ip) = text.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, DEFAULT_PORT));
    }
    Err(UsageError(format!(
        "invalid listen address '{text}' (e.g. 127.0.0.1:{DEFAULT_PORT}, [::1]:0, 0.0.0.0)"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listen_address_may_leave_out_the_port() {
        assert_eq!(parse_listen("127.0.0.1:0").unwrap().port(), 0);
        assert_eq!(parse_listen("::1").unwrap().port(), DEFAULT_PORT);
        assert_eq!(parse_listen("[::1]").unwrap().port(), DEFAULT_PORT);
        assert!(parse_listen("localhost:x").is_err());
    }
}
