# Sourced by the benchmark scripts: the generated blog they build, as a Maven project the plugin can run in.
# Sets repo (the repository) and version (the plugin's), and defines benchmark_blog.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$repo/pom.xml" | head -1)

# benchmark_blog DIR POSTS: writes the seeded corpus of POSTS posts into DIR unless it is there, a pom.xml beside
# its _config.yml so `mvn blog:...` runs in it, and the .mvn/jvm.config a blog made by the archetype has, so Maven
# starts with the same JVM options as in a new blog. BENCH_JVM_CONFIG replaces that file's options ('' for none:
# the JVM's defaults). BENCH_THEME says which theme renders it: minimal (the default), benchmarks/theme/, which
# writes the pages Hugo's cheapest templates and Hexo's minimal theme write, so that the tools are timed on the same
# pages; or built-in, the built-in theme, which writes more on each.
benchmark_blog() {
    local dir=$1 posts=$2
    if [[ ! -d $dir ]]; then
        java "$repo/benchmarks/CorpusGenerator.java" "$dir" "$posts"
    fi
    cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>blog-$posts</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
POM
    sed -i '/^theme:/d' "$dir/_config.yml"
    rm -rf "$dir/themes"
    case ${BENCH_THEME:-minimal} in
        minimal)
            mkdir -p "$dir/themes/bench"
            cp -r "$repo/benchmarks/theme/layout" "$dir/themes/bench/"
            echo "theme: bench" >>"$dir/_config.yml"
            ;;
        built-in) ;;
        *)
            echo "BENCH_THEME is minimal or built-in, not $BENCH_THEME" >&2
            return 2
            ;;
    esac
    mkdir -p "$dir/.mvn"
    if [[ -v BENCH_JVM_CONFIG ]]; then
        printf '%s\n' "$BENCH_JVM_CONFIG" > "$dir/.mvn/jvm.config"
    else
        cp "$repo/blog-archetype/src/main/resources/archetype-resources/.mvn/jvm.config" "$dir/.mvn/jvm.config"
    fi
}
