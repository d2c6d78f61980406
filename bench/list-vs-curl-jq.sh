#!/usr/bin/env bash
# `sessionctl list` over loopback against `curl | jq` doing the same filter and projection, on
# a generated state of 10,000 sessions holding 50,000 packages, 200 shared packages and a full
# pool. Results go in docs/benchmarks.md.
#
# Needs: hyperfine (apt-get install -y hyperfine), jq, curl, GNU time (/usr/bin/time).
# Usage: bench/list-vs-curl-jq.sh [SESSIONS PACKAGES SHARED]
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-10000} packages=${2:-50000} shared=${3:-200}
for tool in hyperfine jq curl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is missing (apt-get install -y hyperfine jq curl time)"; exit 1; }
done
cargo build --release --locked --quiet
bin=${CARGO_TARGET_DIR:-target}/release/sessionctl
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export SESSIONCTL_STATE_DIR=$work/state
cp -r ../shared/fixtures/storage "$work/storage"
chmod -R u+w "$work/storage"
echo "bench: generating $sessions sessions, $packages packages, $shared shared packages"
"$bin" --sandbox "$work/storage" sandbox populate --sessions "$sessions" --packages "$packages" --shared "$shared"
"$bin" serve --listen 127.0.0.1:0 --storage "$work/storage" >"$work/serve.out" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 300); do grep -q '^listening on ' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/serve.out")
export SESSIONCTL_TOKEN_FILE=$SESSIONCTL_STATE_DIR/serve/admin.token
token=$(cat "$SESSIONCTL_TOKEN_FILE")
curl_get="curl -s -H 'Authorization: Bearer $token' $url/api/v1/snapshot"
bytes=$(eval "$curl_get" | wc -c)
echo "bench: serving $url, snapshot $bytes bytes"

table="$bin -s $url list"
json="$bin -s $url list -o json -f user=analyst"
jsonl="$bin -s $url list -o jsonl -f user=analyst -c name,host"
jq_table="$curl_get | jq -r '.sessions[] | ([.name, .activity, .host, .role] | @tsv), (.packages[] | [.name, .version, .created, .saved, .path] | @tsv)'"
jq_json="$curl_get | jq '{schema, server, taken_at, sessions: [.sessions[] | select(.user == \"analyst\")], shared, pool}'"
jq_jsonl="$curl_get | jq -c '.sessions[] | select(.user == \"analyst\") | ({name, host}, (.packages[] | {name, host: null}))'"
server_only="$curl_get -o /dev/null"

hyperfine --warmup 1 --runs "${RUNS:-5}" --style basic --export-markdown "$work/times.md" \
  -n 'sessionctl list (table)' "$table >/dev/null" \
  -n 'curl | jq (same rows, tsv)' "$jq_table >/dev/null" \
  -n 'sessionctl list -o json -f user=analyst' "$json >/dev/null" \
  -n 'curl | jq (same filter)' "$jq_json >/dev/null" \
  -n 'sessionctl list -o jsonl -f user=analyst -c name,host' "$jsonl >/dev/null" \
  -n 'curl | jq (same filter and projection)' "$jq_jsonl >/dev/null" \
  -n 'curl alone (server + transfer)' "$server_only"
echo
cat "$work/times.md"
echo
echo "| command | peak RSS (MB) |"
echo "|:---|---:|"
for pair in "sessionctl list (table)|$table" "sessionctl list -o json -f|$json" "sessionctl list -o jsonl -f -c|$jsonl" \
            "jq (table rows)|$jq_table" "jq (json filter)|$jq_json" "jq (jsonl projection)|$jq_jsonl"; do
  name=${pair%%|*} cmd=${pair#*|}
  # For a pipeline, GNU time reports the largest process of it (jq, not curl).
  kb=$(/usr/bin/time -f '%M' bash -c "$cmd >/dev/null" 2>&1 >/dev/null | tail -1)
  echo "| $name | $((kb / 1024)) |"
done
echo
echo "server log (snapshot times):"
grep ' - snapshot' "$work/serve.log" | sed 's/.* - //' | sort | uniq -c | sort -rn | head -3
