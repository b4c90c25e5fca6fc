#!/usr/bin/env bash
# Full builds side by side (issue 6): the same generated blog built by blog-maven through the library in a cold JVM
# (benchmarks/BuildSite.java), by `mvn -o blog:generate`, by Hugo with its cheapest correct templates
# (benchmarks/hugo/) and by Hexo 8 with a minimal theme (benchmarks/hexo/). Prints two tables of medians over several
# runs: wall time (and its range), CPU time (user + system), peak resident memory, HTML and XML files in the output,
# those files per second, and wall time relative to Hugo (the median of each round's ratio). The first is of builds
# from clean; the second of rebuilds by a new process into the existing output after a sentence was added to one post.
#
#   mvn -B -ntp install -DskipTests                  # once: the plugin and the library in ~/.m2
#   apt-get install hugo                             # Debian's Hugo (0.111 on Debian 12)
#   benchmarks/compare.sh [posts=1000] [runs=3]
#
# Hexo needs Node.js 20.19+ and npm; the first run installs the versions benchmarks/hexo/package-lock.json pins
# into target/compare/hexo-tool/ with `npm ci`. Without Node.js the script says so and leaves Hexo out.
#
# Environment:
#   BENCH_SETTLE=35       seconds from deleting an output to the next build (see settle below); 0 for a quick try
#   BENCH_OUT=dir         where the outputs go, e.g. /dev/shm/bench to take the disk out (default target/compare)
#   BENCH_SKIP=hugo,hexo  tools to leave out, of library, maven, hugo and hexo (e.g. Hugo and Hexo at 100,000 posts)
#   BENCH_JAVA_OPTS=...   JVM options for the library's JVM and, through MAVEN_OPTS, Maven's, to compare flags
#   BENCH_JVM_CONFIG=...  the blog's .mvn/jvm.config instead of the archetype's ('' for the JVM's defaults)
#   BENCH_THEME=built-in  blog-maven's built-in theme instead of benchmarks/theme/, which writes the pages Hugo's
#                         cheapest templates and Hexo's minimal theme write
# Both JVMs start with the options of the blog's .mvn/jvm.config, as a blog made by the archetype does (Maven reads
# the file itself, the library's java command gets them first). From 50,000 posts both JVMs also get -Xmx2g. The
# heading of the output says which options were used.
#
# Work files go to target/compare/ at the top of the repository. Each from-clean run starts from an empty output
# folder (Hexo also without its db.json): the previous output is deleted before the timer starts. The runs take
# turns: each round builds with every tool once, so a VM whose speed drifts over the minutes of a comparison weighs
# on every tool alike. The edited posts are restored at the end, also when the script fails or is interrupted.
set -euo pipefail

posts=${1:-1000}
runs=${2:-3}
settle=${BENCH_SETTLE:-35}
skip=${BENCH_SKIP:-}
source "$(dirname "$0")/blog.sh"
source "$repo/benchmarks/hexo/hexo.sh"
work=$repo/target/compare
out_root=${BENCH_OUT:-$work}
blog=$work/blog-$posts
hugo_site=$work/hugo-$posts
hexo_site=$work/hexo-$posts
hexo_dir=$work/hexo-tool
# The post the edit benchmark changes: every corpus has it.
edited="post-000001"
mkdir -p "$work" "$out_root"
# Absolute, since each build runs in its own folder.
out_root=$(cd "$out_root" && pwd)

# While posts are edited, edit-backups/ holds each one's original bytes and modification time (N) and its path
# (N.path). restore_posts puts them back; it runs at exit, and at start in case an earlier run was killed before it
# could.
backups=$work/edit-backups
restore_posts() {
    [[ -d $backups ]] || return 0
    local saved post
    for saved in "$backups"/*.path; do
        [[ -f $saved ]] || continue
        post=$(cat "$saved")
        cp -p "${saved%.path}" "$post.restore"
        mv "$post.restore" "$post"
        rm "$saved"
    done
    rm -rf "$backups"
}
restore_posts
trap restore_posts EXIT

# backup_of POST: prints the file holding POST's original bytes, saving them first if no earlier edit did.
backup_of() {
    local post=$1 saved count=0
    mkdir -p "$backups"
    for saved in "$backups"/*.path; do
        [[ -f $saved ]] || continue
        if [[ $(cat "$saved") == "$post" ]]; then
            echo "${saved%.path}"
            return
        fi
        count=$((count + 1))
    done
    cp -p "$post" "$backups/$count"
    echo "$post" >"$backups/$count.path"
    echo "$backups/$count"
}

skipped() { [[ ,$skip, == *,$1,* ]]; }
uses() { [[ " ${tools[*]} " == *" $1 "* ]]; }
tools=()
for tool in library maven; do
    skipped "$tool" || tools+=("$tool")
done
if ! skipped hugo; then
    command -v hugo >/dev/null || { echo "hugo is missing: apt-get install hugo, or BENCH_SKIP=hugo" >&2; exit 2; }
    tools+=(hugo)
fi
if ! skipped hexo && hexo_tool "$hexo_dir"; then
    tools+=(hexo)
fi

benchmark_blog "$blog" "$posts"

java_opts=()
heap=
if ((posts >= 50000)); then
    # A fixed heap instead of the default quarter of the machine's memory, so neither the times nor the peak RSS
    # depend on how much memory the machine has.
    heap=-Xmx2g
    java_opts+=("$heap")
fi
read -ra extra_java_opts <<<"${BENCH_JAVA_OPTS:-}"
java_opts+=(${extra_java_opts[@]+"${extra_java_opts[@]}"})
if ((${#java_opts[@]})); then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }${java_opts[*]}"
fi
# Maven reads the blog's .mvn/jvm.config itself; the library's JVM gets the same options first.
read -ra config_opts <<<"$(tr '\n' ' ' < "$blog/.mvn/jvm.config")"
library_opts=(${config_opts[@]+"${config_opts[@]}"} ${java_opts[@]+"${java_opts[@]}"})
if uses hugo && [[ ! -d $hugo_site ]]; then
    python3 "$repo/benchmarks/hugo/convert.py" "$blog" "$hugo_site"
fi
if uses hexo; then
    hexo_site "$blog" "$hexo_site" "$hexo_dir" "$out_root/out-hexo"
fi

# The library's class path, from the local repository, and BuildSite compiled against it. Not offline: on a fresh
# machine `mvn install` has not downloaded the dependency plugin this step runs.
(cd "$repo" && mvn -B -ntp -q -pl blog-renderer dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$work/classpath.txt")
classpath="$(cat "$work/classpath.txt"):$repo/blog-renderer/target/blog-renderer-$version.jar"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$classpath" "$repo/benchmarks/BuildSite.java"

# settle SINCE: waits until $settle seconds have passed since SINCE (seconds since the epoch). The file system here
# is ext4 without a journal; its inode allocator passes over every inode freed less than
# vm.dirty_expire_centisecs (30 s) ago (recently_deleted), so creating thousands of files right after deleting
# thousands is several times slower, all of it kernel time: Hugo's system time grew from 1.3 s to 5.9 s over
# three back-to-back runs. Waiting the window out gives every run the same file system to write to.
settle() {
    sleep "$(python3 -c 'import sys, time; print(max(0.0, float(sys.argv[1]) + float(sys.argv[2]) - time.time()))' \
        "$1" "$settle")"
}

# timed DIR COMMAND...: runs COMMAND in DIR under /usr/bin/time and sets last to "wall user system peak-KiB"; stops
# the script with the command's output when it fails.
timed() {
    local dir=$1
    shift
    (cd "$dir" && exec /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@") >"$work/last-run.log" 2>&1 \
        || { cat "$work/last-run.log" >&2; echo "failed: $*" >&2; exit 1; }
    last=$(tail -1 "$work/time.txt")
}

pages() { find "$1" -name '*.html' -o -name '*.xml' | wc -l; }

# check_kinds TOOL OUT: prints how many files of each of TOOL's page kinds OUT holds (kinds[TOOL] lists them as
# KIND=GLOB,GLOB..., relative to OUT) and stops the script when a kind has none, so no tool is timed for writing less.
check_kinds() {
    local tool=$1 out=$2 spec specs kind glob globs count summary='' missing=''
    read -ra specs <<<"${kinds[$tool]}"
    for spec in "${specs[@]}"; do
        kind=${spec%%=*}
        IFS=, read -ra globs <<<"${spec#*=}"
        count=0
        for glob in "${globs[@]}"; do
            count=$((count + $({ compgen -G "$out/$glob" || true; } | wc -l)))
        done
        summary+="${summary:+, }$kind $count"
        ((count)) || missing+="${missing:+,} $kind (${spec#*=})"
    done
    echo "   $tool: $summary"
    if [[ -n $missing ]]; then
        echo "$tool wrote no$missing in $out" >&2
        exit 1
    fi
}

# The command that builds each tool's site, the folder it runs in, and its page kinds as it names them. Hugo has no
# archive generator: its paginated list of the posts section is the nearest page. Its feeds are RSS (index.xml).
declare -A label dir_of post_of kinds
label[library]="blog-maven, library (cold JVM${heap:+, $heap})"
label[maven]="blog-maven, mvn -o blog:generate${heap:+ ($heap)}"
dir_of[library]=$blog
dir_of[maven]=$blog
post_of[library]=$blog/source/_posts/$edited.md
post_of[maven]=$blog/source/_posts/$edited.md
ours_kinds="post=posts/*.html index=index.html,page/*/index.html tag=tags/*/index.html \
category=categories/*/index.html archive=archives/index.html feed=atom.xml sitemap=sitemap.xml"
kinds[library]=$ours_kinds
kinds[maven]=$ours_kinds
if uses hugo; then
    label[hugo]="Hugo $(hugo version | sed -n 's/^hugo v\([0-9.]*\).*/\1/p') (cheapest templates)"
    dir_of[hugo]=$hugo_site
    post_of[hugo]=$hugo_site/content/posts/$edited/index.md
    kinds[hugo]="post=posts/*/index.html index=index.html,page/*/index.html tag=tags/*/index.html \
category=categories/*/index.html archive=posts/index.html feed=index.xml sitemap=sitemap.xml"
fi
if uses hexo; then
    hexo_version=$(node -p 'require(process.argv[1]).version' "$hexo_dir/node_modules/hexo/package.json")
    label[hexo]="Hexo $hexo_version (minimal theme)"
    dir_of[hexo]=$hexo_site
    post_of[hexo]=$hexo_site/source/_posts/$edited.md
    kinds[hexo]=$ours_kinds
fi
build() {
    local out=$out_root/out-$1
    case $1 in
        library) timed "${dir_of[$1]}" java ${library_opts[@]+"${library_opts[@]}"} -cp "$classpath:$work/classes" BuildSite \
            "$blog" "$out" ;;
        maven) timed "${dir_of[$1]}" mvn -B -o -q "io.github.blogmaven:blog-maven-plugin:$version:generate" \
            -Dblog.outputDirectory="$out" ;;
        hugo) timed "${dir_of[$1]}" hugo --quiet -d "$out" ;;
        # Hexo logs a line for every file it writes, as users see it; into a file that costs little next to the
        # build, and its warnings stay in last-run.log.
        hexo) timed "${dir_of[$1]}" "$hexo_dir/node_modules/.bin/hexo" generate ;;
    esac
}

# from_clean TOOL RUN: one build into an output deleted (with blog-maven's staging siblings and Hexo's cache) before
# the timer starts; checks the page kinds after the first. Adds the time to clean[TOOL], a line a round.
declare -A clean clean_pages edit edit_pages
from_clean() {
    local tool=$1 run=$2 out=$out_root/out-$1 deleted caches=()
    if [[ $tool == hexo ]]; then
        caches=("$hexo_site/db.json")
    fi
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out")".* ${caches[@]+"${caches[@]}"}
    deleted=$(date +%s.%N)
    sync
    settle "$deleted"
    touch "$work/run-started"
    build "$tool"
    clean[$tool]+=$last$'\n'
    if ((run == 1)); then
        if [[ $tool == library ]]; then
            echo "   blog-maven's own count: $(tail -1 "$work/last-run.log")"
        fi
        check_kinds "$tool" "$out"
        if [[ $tool == hexo && -n $(find "$hexo_site/source" -newer "$work/run-started" -print -quit) ]]; then
            echo "Hexo wrote into its sources (hexo-abbrlink?), which are hard links to $blog" >&2
            exit 1
        fi
    fi
}

# after_edit TOOL RUN: a rebuild into the existing output by a new process, after saving the tool's copy of the
# fixed post with a sentence added to its body: a different sentence each run and tool, so every rebuild has a
# change to find, and a fresh modification time as from an editor. The file is replaced, not written into, so the
# hard links of Hexo's copy never carry an edit into the corpus. Each rebuild waits $settle seconds after the
# previous one, which may have deleted a whole site (blog-maven swaps its output). Adds the time to edit[TOOL].
after_edit() {
    local tool=$1 run=$2 post=${post_of[$1]} original
    original=$(backup_of "$post")
    { cat "$original"; printf '\n第 %d 次修改（%s）加上的一句话，看重建要多久。\n' "$run" "$tool"; } >"$post.edit"
    mv "$post.edit" "$post"
    settle "$finished"
    build "$tool"
    finished=$(date +%s.%N)
    edit[$tool]+=$last$'\n'
}

echo "== $posts posts, median of $runs runs each ($(nproc) cores); outputs in $out_root, ${settle} s settle time"
echo "== blog-maven's theme: ${BENCH_THEME:-minimal}$([[ ${BENCH_THEME:-minimal} == minimal ]] \
    && echo " (benchmarks/theme/: the pages Hugo's and Hexo's templates here write)")"
echo "== JVM options: the blog's .mvn/jvm.config ($(tr '\n' ' ' < "$blog/.mvn/jvm.config" | xargs)) for Maven and the" \
    "library${java_opts[*]:+, then ${java_opts[*]}}"

left_out=()
for tool in library maven hugo hexo; do
    uses "$tool" || left_out+=("$tool")
done
if ((${#left_out[@]})); then
    echo "== left out: ${left_out[*]}"
fi
for run in $(seq 1 "$runs"); do
    for tool in "${tools[@]}"; do
        from_clean "$tool" "$run"
    done
done
for tool in "${tools[@]}"; do
    clean_pages[$tool]=$(pages "$out_root/out-$tool")
done
finished=$(date +%s.%N)
for run in $(seq 1 "$runs"); do
    for tool in "${tools[@]}"; do
        after_edit "$tool" "$run"
    done
done
restore_posts
for tool in "${tools[@]}"; do
    edit_pages[$tool]=$(pages "$out_root/out-$tool")
done

# table TITLE RESULTS PAGES: one markdown table of every tool's results (the lines timed set, one per round) with
# medians: wall time and, with several rounds, its range; CPU time (user + system); peak RSS. Wall time relative to
# Hugo's is the median of the rounds' ratios, each of two builds that ran minutes apart at most, and their range.
table() {
    local -n results=$2 counts=$3
    echo
    echo "$1"
    echo
    for tool in "${tools[@]}"; do
        printf '%s\t%s\t%s\t%s\n' "$tool" "${label[$tool]}" "$(printf '%s' "${results[$tool]}" | paste -sd';')" \
            "${counts[$tool]}"
    done | python3 -c '
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in sys.stdin]
runs = {r[0]: [list(map(float, run.split())) for run in r[2].split(";") if run.strip()] for r in rows}
hugo = runs.get("hugo")
print("| Build | Wall | CPU | Peak RSS | HTML/XML pages | Pages/s | Wall vs Hugo |")
print("|---|---|---|---|---|---|---|")
for tool, name, _, pages in rows:
    own = runs[tool]
    wall = statistics.median(r[0] for r in own)
    spread = f" ({min(r[0] for r in own):.2f}-{max(r[0] for r in own):.2f})" if len(own) > 1 else ""
    cpu = statistics.median(r[1] + r[2] for r in own)
    rss = statistics.median(r[3] for r in own) / 1024
    pages = int(pages)
    ratios = [a[0] / b[0] for a, b in zip(own, hugo)] if hugo else []
    ratio = f"{statistics.median(ratios):.3f}x" if ratios else "n/a"
    if len(ratios) > 1:
        ratio += f" ({min(ratios):.2f}-{max(ratios):.2f})"
    print(f"| {name} | {wall:.2f} s{spread} | {cpu:.2f} s | {rss:.0f} MiB | {pages:,} | {pages / wall:,.0f} | {ratio} |")'
}
table "From clean" clean clean_pages
table "One-post edit, rebuilt by a new process" edit edit_pages
