#!/bin/sh
# Rebuild data/geo/common-words.tsv: the English and French common words (lower-case entries of
# Debian's wamerican and wfrench word lists) that are also names of places or admin units of the
# gazetteer outside the village-level countries (NE, ML, BF). Such a name ("Union", "University",
# "Justice", "Gold") is a common word in news prose far more often than that foreign town, so the
# geo stage lets it fire only in a report about the town's own country. Also the common words that
# name only a natural feature (no populated place, no herders' camp) of the village-level countries
# ("Air", Niger's Air massif; "Barrage"): such a feature fires only after a location word or with
# its admin units stated ("Air and ground operations" is no massif).
# Usage: xtask/common-words.sh   (needs apt-get download, i.e. Debian's package registry)
set -eu
cd "$(dirname "$0")/.."
src=${WORDS_SRC:-/tmp/wordsrc}
mkdir -p "$src"
[ -f "$src/usr/share/dict/american-english" ] && [ -f "$src/usr/share/dict/french" ] || {
  (cd "$src" && apt-get download wamerican wfrench)
  for d in "$src"/*.deb; do dpkg -x "$d" "$src"; done
}
python3 - "$src" <<'PY'
import sys, zlib, unicodedata, re
src = sys.argv[1]
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", s)
words = set()
for f in ("american-english", "french"):
    for w in open(f"{src}/usr/share/dict/{f}", encoding="utf-8", errors="ignore"):
        w = w.strip()
        # Lower-case entries only: common words, not proper names; no possessives.
        if len(w) >= 3 and w == w.lower() and "'" not in w:
            words.add(fold(w))
complete = {"NE", "ML", "BF"}
names = set()
features, settled = set(), set()
for gz in ("data/geo/gazetteer.tsv.z", "data/geo/gazetteer-world.tsv.z"):
    for line in zlib.decompress(open(gz, "rb").read()).decode().split("\n"):
        f = line.split("\t")
        if f[0] == "P" and len(f) > 6 and f[2] not in complete:
            # Its alternate names too: "Gold" names Gold Coast as much as "Union" names a town.
            names.add(fold(f[6]))
            names.update(k for k in (f[10].split("|") if len(f) > 10 else []) if k)
        elif f[0] == "P" and len(f) > 6:
            keys = [fold(f[6])] + [k for k in (f[10].split("|") if len(f) > 10 else []) if k]
            settlement = f[5] == "" or f[5].startswith("P.") or f[5] == "S.CMP"
            (settled if settlement else features).update(keys)
        elif f[0] == "1" and len(f) > 3 and f[1] not in complete:
            names.add(fold(f[3]))
        elif f[0] == "2" and len(f) > 4 and f[1] not in complete:
            names.add(fold(f[4]))
out = sorted(words & (names | (features - settled)))
with open("data/geo/common-words.tsv", "w") as o:
    o.write("# Common English and French words that are also names of places or admin units outside\n")
    o.write("# Niger, Mali and Burkina Faso, or of natural features only inside them (folded). Generated\n")
    o.write("# by xtask/common-words.sh from Debian's\n")
    o.write("# wamerican and wfrench word lists and the gazetteer; do not edit by hand.\n")
    for w in out:
        o.write(w + "\n")
print(len(out), "words")
PY
