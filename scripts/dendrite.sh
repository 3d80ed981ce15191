#!/usr/bin/env bash
# Start a local Dendrite homeserver for the adapters/matrix integration tests
# and print the lines that point the tests at it:
#
#   eval "$(scripts/dendrite.sh)"          # sets BRIEFBOT_TEST_MATRIX_*
#   go test -tags goolm ./adapters/matrix
#   scripts/dendrite.sh stop               # stops it (by the pid it printed)
#                                          # and removes a data directory it made
#
# Dendrite is built from the Go module proxy with cgo (its pure-Go SQLite is
# not reliable with two syncing clients) into a cache directory kept between
# runs; a cold build takes about four minutes on two cores, later runs skip
# it. The server listens on 127.0.0.1 only, federation and registration are
# off (shared-secret registration, used to create the accounts, still
# works). Progress goes to stderr; stdout is only the export lines.
#
# Settings (environment):
#   DENDRITE_VERSION   module version to build (default v0.13.8)
#   DENDRITE_CACHE     where the binaries go (default ~/.cache/briefbot/dendrite-VERSION)
#   DENDRITE_DATA      data directory (default: a new directory in /dev/shm, else $TMPDIR)
#   DENDRITE_PORT      client API port on 127.0.0.1 (default: a free port)
set -euo pipefail

VERSION="${DENDRITE_VERSION:-v0.13.8}"
CACHE="${DENDRITE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/briefbot/dendrite-$VERSION}"
BIN="$CACHE/bin"
STATE="${XDG_CACHE_HOME:-$HOME/.cache}/briefbot/dendrite.pid"

log() { printf 'dendrite.sh: %s\n' "$*" >&2; }

if [ "${1:-}" = "stop" ]; then
  pid="${2:-${BRIEFBOT_TEST_MATRIX_PID:-}}"
  if [ -z "$pid" ] && [ -f "$STATE" ]; then pid=$(cat "$STATE"); fi
  if [ -z "$pid" ]; then log "no pid to stop"; exit 0; fi
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    log "stopped $pid"
  else
    log "$pid is not running"
  fi
  rm -f "$STATE"
  case "${BRIEFBOT_TEST_MATRIX_DATA:-}" in
    */briefbot-dendrite.*) rm -rf "$BRIEFBOT_TEST_MATRIX_DATA" ;;
  esac
  exit 0
fi

export PATH="$PATH:/usr/local/go/bin"

# 1. The binaries.
need_build=0
for cmd in dendrite generate-keys generate-config create-account; do
  [ -x "$BIN/$cmd" ] || need_build=1
done
if [ "$need_build" -eq 1 ]; then
  log "building Dendrite $VERSION into $BIN (cgo on; a few minutes the first time)"
  mkdir -p "$BIN"
  build_dir=$(mktemp -d)
  # Outside any module, so the build uses Dendrite's own go.mod.
  (cd "$build_dir" && CGO_ENABLED=1 GOFLAGS= GOBIN="$BIN" go install \
    "github.com/matrix-org/dendrite/cmd/dendrite@$VERSION" \
    "github.com/matrix-org/dendrite/cmd/generate-keys@$VERSION" \
    "github.com/matrix-org/dendrite/cmd/generate-config@$VERSION" \
    "github.com/matrix-org/dendrite/cmd/create-account@$VERSION" >&2)
  rmdir "$build_dir" 2>/dev/null || true
fi

# 2. The data directory, keys and configuration.
# A test server: its databases go on tmpfs when there is one (SQLite's
# fsyncs on a disk make Dendrite four times slower).
if [ -z "${DENDRITE_DATA:-}" ]; then
  base="${TMPDIR:-/tmp}"
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then base=/dev/shm; fi
  DENDRITE_DATA=$(mktemp -d "$base/briefbot-dendrite.XXXXXX")
fi
DATA="$DENDRITE_DATA"
mkdir -p "$DATA"
DATA=$(cd "$DATA" && pwd)
if [ ! -f "$DATA/matrix_key.pem" ]; then
  (cd "$DATA" && "$BIN/generate-keys" --private-key "$DATA/matrix_key.pem" >&2)
fi
CONFIG="$DATA/dendrite.yaml"
"$BIN/generate-config" -ci -dir "$DATA" > "$CONFIG.tmp"
# -ci gives in-memory JetStream, no rate limits, a shared registration
# secret and trace logging on stdout; keep those but close registration,
# turn federation off, make the key path absolute and log warnings only.
sed -e "s|^\(\s*\)private_key:.*|\1private_key: $DATA/matrix_key.pem|" \
    -e 's|^\(\s*\)disable_federation:.*|\1disable_federation: true|' \
    -e 's|^\(\s*\)registration_disabled:.*|\1registration_disabled: true|' \
    -e 's|^\(\s*\)level: trace|\1level: warn|' \
    "$CONFIG.tmp" > "$CONFIG"
rm -f "$CONFIG.tmp"
for want in "private_key: $DATA/matrix_key.pem" "disable_federation: true" "registration_disabled: true" "level: warn"; do
  grep -q "$want" "$CONFIG" || { log "could not set '$want' in $CONFIG"; exit 1; }
done

# 3. The server.
PORT="${DENDRITE_PORT:-}"
if [ -z "$PORT" ]; then
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
         echo $((20000 + RANDOM % 20000)))
fi
URL="http://127.0.0.1:$PORT"
log "starting Dendrite on $URL (data in $DATA)"
(cd "$DATA" && exec "$BIN/dendrite" -config "$CONFIG" -http-bind-address "127.0.0.1:$PORT" \
  >"$DATA/dendrite.out" 2>&1) </dev/null &
PID=$!
mkdir -p "$(dirname "$STATE")"
echo "$PID" > "$STATE"
for i in $(seq 1 120); do
  if curl -fsS "$URL/_matrix/client/versions" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$PID" 2>/dev/null; then
    log "Dendrite exited; its output:"; tail -n 30 "$DATA/dendrite.out" >&2; exit 1
  fi
  if [ "$i" -eq 120 ]; then
    log "Dendrite is not answering on $URL after 60 s"; tail -n 30 "$DATA/dendrite.out" >&2
    kill "$PID" 2>/dev/null || true; exit 1
  fi
  sleep 0.5
done

# 4. The accounts: the bot and two people (a room of three is not a DM).
BOT_PASSWORD="bot-$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')"
USER_PASSWORD="user-$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')"
USER2_PASSWORD="user2-$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')"
create() {
  "$BIN/create-account" -config "$CONFIG" -url "$URL" -username "$1" -password "$2" >"$DATA/create-$1.out" 2>&1 ||
    { log "create-account $1 failed:"; cat "$DATA/create-$1.out" >&2; kill "$PID"; exit 1; }
}
create briefbot "$BOT_PASSWORD"
create alice "$USER_PASSWORD"
create bob "$USER2_PASSWORD"
SERVER=$(awk '/^  server_name:/ {print $2; exit}' "$CONFIG")
SERVER="${SERVER:-localhost}"
log "ready: Dendrite $VERSION pid $PID on $URL, server name $SERVER"

echo "export BRIEFBOT_TEST_MATRIX_HOMESERVER=$URL"
echo "export BRIEFBOT_TEST_MATRIX_BOT=@briefbot:$SERVER"
echo "export BRIEFBOT_TEST_MATRIX_BOT_PASSWORD=$BOT_PASSWORD"
echo "export BRIEFBOT_TEST_MATRIX_USER=@alice:$SERVER"
echo "export BRIEFBOT_TEST_MATRIX_USER_PASSWORD=$USER_PASSWORD"
echo "export BRIEFBOT_TEST_MATRIX_USER2=@bob:$SERVER"
echo "export BRIEFBOT_TEST_MATRIX_USER2_PASSWORD=$USER2_PASSWORD"
echo "export BRIEFBOT_TEST_MATRIX_PID=$PID"
echo "export BRIEFBOT_TEST_MATRIX_DATA=$DATA"
