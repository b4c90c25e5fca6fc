#!/usr/bin/env bash
# Load check of `mvn blog:serve` (issue 5): 64 connections for 30 s with wrk against the running preview while a
# loop saves a post every 200 ms, so the server answers while rebuilds swap files under it. Passes when wrk saw no
# socket error and no response other than 2xx, and Ctrl-C (SIGINT) frees the port.
#
#   mvn -B -ntp install -DskipTests          # once: puts the plugin in ~/.m2
#   benchmarks/serve-load.sh [posts=1000] [seconds=30] [connections=64]
#
# Needs wrk (apt-get install wrk). Work files go to target/serve-load/ at the top of the repository.
set -euo pipefail

posts=${1:-1000}
seconds=${2:-30}
connections=${3:-64}
source "$(dirname "$0")/blog.sh"
work=$repo/target/serve-load
blog=$work/blog-$posts

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
mkdir -p "$work"
# The preview a writer sees: the built-in theme, as when these figures were first taken.
BENCH_THEME=${BENCH_THEME:-built-in} benchmark_blog "$blog" "$posts"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log=$work/serve.log
(cd "$blog" && exec mvn -B -o "io.github.blogmaven:blog-maven-plugin:$version:serve" -Dblog.port="$port" \
    -Dblog.failOnBrokenLinks=false) >"$log" 2>&1 &
serve=$!
trap 'kill -INT $serve 2>/dev/null || true' EXIT

echo "== waiting for the preview on port $port (first build of $posts posts)"
for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then break; fi
    if ! kill -0 $serve 2>/dev/null; then cat "$log"; echo "blog:serve exited" >&2; exit 1; fi
    sleep 1
done

first=$(ls "$blog/source/_posts" | grep '\.md$' | head -1)
abbrlink=$(sed -n "s/^abbrlink: '\\(.*\\)'$/\\1/p" "$blog/source/_posts/$first")
cat > "$work/paths.lua" <<EOF
local paths = {"/", "/posts/$abbrlink.html", "/css/style.css", "/archives/", "/atom.xml", "/page/2/"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
EOF

echo "== saving a post every 200 ms while wrk runs"
(
    end=$((SECONDS + seconds))
    i=0
    while (( SECONDS < end )); do
        file=$(printf '%s/source/_posts/post-%06d.md' "$blog" $((RANDOM % posts)))
        printf '\nload %d\n' "$i" >> "$file"
        i=$((i + 1))
        sleep 0.2
    done
) &
saver=$!

wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port/" | tee "$work/wrk.txt"
wait $saver
rebuilds=$(grep -c 'rebuilt' "$log" || true)

kill -INT $serve
wait $serve || true
trap - EXIT
if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    echo "FAILED: the port is still answering after Ctrl-C" >&2
    exit 1
fi

echo "== $rebuilds rebuilds during the run; the port was freed on SIGINT"
if grep -q 'Socket errors\|Non-2xx' "$work/wrk.txt"; then
    echo "FAILED: wrk saw errors or non-2xx responses" >&2
    exit 1
fi
echo "PASSED: no socket errors, every response 2xx"
