# shellcheck shell=bash
# Sourced by compare.sh: the Hexo side of the full-build benchmark. Defines hexo_tool and hexo_site.

hexo_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# hexo_tool DIR: installs the Hexo that package-lock.json pins into DIR (outside the source tree) with npm ci, unless
# that lock is installed there already. Returns 1 with a message when Node.js or npm is missing or the install
# fails, so the caller can leave Hexo out instead of stopping.
hexo_tool() {
    local dir=$1
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "-- Hexo left out: Node.js 20.19+ and npm are needed (Debian 12's own nodejs is 18)" >&2
        return 1
    fi
    # npm writes node_modules/.package-lock.json last, so a half-finished install is not taken for a finished one.
    if cmp -s "$hexo_here/package-lock.json" "$dir/package-lock.json" \
            && [[ -f $dir/node_modules/.package-lock.json ]]; then
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$hexo_here/package.json" "$hexo_here/package-lock.json" "$dir/"
    echo "-- installing Hexo into $dir (npm ci)" >&2
    if ! (cd "$dir" && npm ci --no-audit --no-fund >"$dir/npm-ci.log" 2>&1); then
        echo "-- Hexo left out: npm ci failed, see $dir/npm-ci.log" >&2
        return 1
    fi
}

# hexo_site BLOG SITE TOOL OUT: makes SITE the Hexo site of the corpus BLOG, built with the Hexo installed in TOOL
# into OUT. The posts are hard links to BLOG's: every post has an abbrlink, so hexo-abbrlink never writes one
# back (compare.sh checks that), and the edit benchmark replaces a file instead of writing into it. _config.yml
# is BLOG's, but for its theme, plus what the benchmark needs; the theme is copied anew so a change to it is always
# picked up.
hexo_site() {
    local blog=$1 site=$2 tool=$3 out=$4
    if [[ ! -d $site/source ]]; then
        mkdir -p "$site"
        cp -al "$blog/source" "$site/source"
    fi
    rm -rf "$site/themes"
    mkdir -p "$site/themes"
    cp -r "$hexo_here/theme" "$site/themes/bench"
    # hexo-cli finds the site by this package.json and loads the plugins its dependencies name.
    cp "$hexo_here/package.json" "$site/"
    ln -sfn "$(cd "$tool" && pwd)/node_modules" "$site/node_modules"
    {
        grep -v '^theme:' "$blog/_config.yml"
        cat <<YAML
# Added by benchmarks/hexo/hexo.sh.
theme: bench
public_dir: $out
# Relative images point into the post's asset folder, as on the other tools' pages: otherwise Hexo leaves 1.png as
# written, which on posts/<abbrlink>.html points beside the page instead of into posts/<abbrlink>/.
marked:
  postAsset: true
YAML
    } >"$site/_config.yml"
}
