#!/usr/bin/env bash
# Regenerates the reference.json of every Hexo differential-test fixture (or of the fixtures named on the
# command line) by running the Hexo pinned in package-lock.json on it. Needs Node 20+ and npm; CI does not run
# this, it only reads the committed references. See README.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$(cd "$here/../.." && pwd)/blog-renderer/src/test/resources/hexo-compat"

# npm ci installs exactly what package-lock.json says, so every run uses the same Hexo.
if [[ ! -d "$here/node_modules/hexo" ]]; then
    (cd "$here" && npm ci --no-audit --no-fund)
fi

if [[ $# -gt 0 ]]; then
    names=("$@")
else
    names=()
    for dir in "$fixtures"/*/; do
        names+=("$(basename "$dir")")
    done
fi

for name in "${names[@]}"; do
    if [[ ! -f "$fixtures/$name/_config.yml" ]]; then
        echo "no fixture $name in $fixtures" >&2
        exit 1
    fi
    node "$here/reference.js" "$fixtures/$name"
done
