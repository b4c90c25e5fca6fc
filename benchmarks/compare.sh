#!/usr/bin/env bash
# Full builds side by side (issue 6): the same generated blog built from clean by blog-maven through the library
# in a cold JVM (benchmarks/BuildSite.java), by `mvn -o blog:generate`, and by Hugo with its cheapest correct
# templates (benchmarks/hugo/). Prints, for each, the median of several runs: wall time, CPU time (user + system),
# peak resident memory, HTML pages written and pages per second, with ratios to Hugo.
#
#   mvn -B -ntp install -DskipTests                  # once: the plugin and the library in ~/.m2
#   apt-get install hugo                             # Debian's Hugo (0.111 on Debian 12)
#   benchmarks/compare.sh [posts=1000] [runs=3]
#
# Work files go to target/compare/ at the top of the repository. Each run starts from an empty output folder;
# the previous output is deleted before the timer starts.
set -euo pipefail

posts=${1:-1000}
runs=${2:-3}
source "$(dirname "$0")/blog.sh"
work=$repo/target/compare
blog=$work/blog-$posts
hugo_site=$work/hugo-$posts
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install hugo" >&2; exit 2; }
mkdir -p "$work"

benchmark_blog "$blog" "$posts"
if [[ ! -d $hugo_site ]]; then
    python3 "$repo/benchmarks/hugo/convert.py" "$blog" "$hugo_site"
fi

# The library's class path, from the local repository, and BuildSite compiled against it.
(cd "$repo" && mvn -B -o -q -pl blog-renderer dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/classpath.txt")
classpath="$(cat "$work/classpath.txt"):$repo/blog-renderer/target/blog-renderer-$version.jar"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$classpath" "$repo/benchmarks/BuildSite.java"

# Runs "$@" $runs times from an empty $out; prints "median-wall median-cpu median-rss" (s, s, MiB).
measure() {
    local out=$1
    shift
    local results=()
    for _ in $(seq 1 "$runs"); do
        rm -rf "$out" "$(dirname "$out")/.$(basename "$out")".*
        sync
        sleep 1
        /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" >"$work/last-run.log" 2>&1 \
            || { cat "$work/last-run.log" >&2; exit 1; }
        results+=("$(tail -1 "$work/time.txt")")
    done
    printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] + r[2] for r in rows)
rss = statistics.median(r[3] for r in rows) / 1024
print(f"{wall:.2f} {cpu:.2f} {rss:.0f}")'
}

echo "== $posts posts, median of $runs runs each ($(nproc) cores)"
library=$(measure "$work/out-library" java -cp "$classpath:$work/classes" BuildSite "$blog" "$work/out-library")
maven=$(cd "$blog" && measure "$work/out-maven" mvn -B -o -q "io.github.blogmaven:blog-maven-plugin:$version:generate" \
    -Dblog.outputDirectory="$work/out-maven")
hugo_result=$(cd "$hugo_site" && measure "$work/out-hugo" hugo --quiet -d "$work/out-hugo")

pages() { find "$1" -name '*.html' -o -name '*.xml' | wc -l; }
python3 - "$library" "$maven" "$hugo_result" "$(pages "$work/out-library")" "$(pages "$work/out-maven")" \
    "$(pages "$work/out-hugo")" <<'EOF'
import sys
rows = [("blog-maven, library (cold JVM)", sys.argv[1], int(sys.argv[4])),
        ("blog-maven, mvn -o blog:generate", sys.argv[2], int(sys.argv[5])),
        ("Hugo 0.111 (cheapest templates)", sys.argv[3], int(sys.argv[6]))]
hugo_wall = float(sys.argv[3].split()[0])
print("| Build | Wall | CPU | Peak RSS | HTML/XML pages | Pages/s | Wall vs Hugo |")
print("|---|---|---|---|---|---|---|")
for name, result, pages in rows:
    wall, cpu, rss = map(float, result.split())
    print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {rss:.0f} MiB | {pages:,} | {pages / wall:,.0f} | "
          f"{wall / hugo_wall:.2f}x |")
EOF
