#!/usr/bin/env bash
# Pages under load with a client outside the server's JVM (issue 18): the anonymous login page (the
# floor), a commune's list page and a person's page, each with `ab -k -c 20` and a signed-in
# session, with the CPU time the server's Java process and its PostgreSQL processes spent per
# request. Prints one Markdown table.
#
#   ./mvnw -B package -DskipTests          # the jar, once
#   bench/pages.sh                         # defaults below; needs ab (apache2-utils) and curl
#
# Settings (environment): JAR (target/cbcs-0.1.0-SNAPSHOT.jar), DATA (target/bench-pages-db: the
# embedded database, kept between runs; the demo province is generated on its first start),
# PORT (18190), USER_NAME (tinh), PASSWORD (the demo password), UNIT (02008, a commune of the demo
# province after 2025), PERSON (the first person of that commune's list), CLIENTS (20),
# RUN_SECONDS (20 per measured run), WARMUP (30 seconds of load on each page before it is measured),
# RUNS (2 measured runs per page).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/cbcs-0.1.0-SNAPSHOT.jar}
DATA=${DATA:-target/bench-pages-db}
PORT=${PORT:-18190}
USER_NAME=${USER_NAME:-tinh}
PASSWORD=${PASSWORD:-demo-cbcs-2025}
UNIT=${UNIT:-02008}
CLIENTS=${CLIENTS:-20}
SECONDS_PER_RUN=${RUN_SECONDS:-20}
WARMUP=${WARMUP:-30}
RUNS=${RUNS:-2}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for tool in ab curl; do
  command -v "$tool" >/dev/null || { echo "bench/pages.sh needs $tool (apt-get install -y apache2-utils curl)" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }

java -jar "$JAR" --cbcs.embedded-db.data-dir="$DATA" --server.port="$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 600); do
  curl -s -o /dev/null "$BASE/login" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 1
done

# sign in: the login form's CSRF token, then the session cookie
JAR_FILE="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
STATUS=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" -o /dev/null -w '%{http_code}' \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login")
[ "$STATUS" = 302 ] || { echo "sign-in as $USER_NAME answered $STATUS" >&2; exit 1; }
COOKIE=$(awk '$6 == "SESSION" {print $6 "=" $7}' "$JAR_FILE")
[ -n "$COOKIE" ] || { echo "no session cookie after sign-in" >&2; exit 1; }
LIST="$BASE/people?unit=$UNIT"
# a new database: the demo province is generated in the background (about 20 s); wait for it
first_person() { curl -s -b "$JAR_FILE" "$LIST" | grep -o 'href="/people/[0-9][0-9]*' | head -1 | sed 's#.*/##'; }
for _ in $(seq 900); do
  grep -q 'Demo data generation failed' "$WORK/server.log" && { cat "$WORK/server.log" >&2; exit 1; }
  if ! grep -q 'cbcs-demo-data' "$WORK/server.log" || grep -q 'Demo province generated' "$WORK/server.log"; then
    [ -n "$(first_person)" ] && break
  fi
  sleep 1
done
PERSON=${PERSON:-$(first_person)}
[ -n "$PERSON" ] || { echo "nobody on $LIST" >&2; exit 1; }

cpu() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_cpu() {
  local sum=0 p
  for p in $(pgrep -f postgres || true); do sum=$((sum + $(cpu "$p"))); done
  echo "$sum"
}
TICKS=$(getconf CLK_TCK)

# run URL SECONDS COOKIE? -> "req/s | p50 | p99 | non-2xx | java ms | pg ms"
run() {
  local url=$1 secs=$2 cookie=${3:-} j0 p0 j1 p1 n
  j0=$(cpu "$SERVER"); p0=$(pg_cpu)
  if [ -n "$cookie" ]; then
    ab -k -c "$CLIENTS" -t "$secs" -n 10000000 -C "$cookie" "$url" >"$WORK/ab.out" 2>&1
  else
    ab -k -c "$CLIENTS" -t "$secs" -n 10000000 "$url" >"$WORK/ab.out" 2>&1
  fi
  j1=$(cpu "$SERVER"); p1=$(pg_cpu)
  n=$(awk '/Complete requests/ {print $3}' "$WORK/ab.out")
  awk -v n="$n" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$TICKS" '
    /Requests per second/ {rate = $4}
    /^ +50%/ {p50 = $2}
    /^ +99%/ {p99 = $2}
    /Non-2xx responses/ {bad = $3}
    END {printf "%s | %s | %s | %d | %.1f | %.1f", rate, p50, p99, bad, 1000 * j / hz / n, 1000 * p / hz / n}' "$WORK/ab.out"
}

echo "Pages under load: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $CLIENTS connections, ${SECONDS_PER_RUN} s per run after ${WARMUP} s of warm-up"
echo
echo "| page | run | req/s | p50 ms | p99 ms | non-2xx | Java CPU ms / req | PostgreSQL CPU ms / req |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
measure() {
  local name=$1 url=$2 cookie=${3:-} r
  run "$url" "$WARMUP" "$cookie" >/dev/null
  for r in $(seq "$RUNS"); do
    echo "| $name | $r | $(run "$url" "$SECONDS_PER_RUN" "$cookie") |"
  done
}
measure '`GET /login` (anonymous, floor)' "$BASE/login"
measure "commune $UNIT's list page" "$LIST" "$COOKIE"
measure "person $PERSON's page" "$BASE/people/$PERSON" "$COOKIE"
