#!/usr/bin/env bash
# Build the sample reports from their sources: templates/samples/src/<name>/ (clause texts,
# indicator tables, reviews, media/*.png) → report.xml → templates/samples/<name>.zpr
# (a zip: "mimetype" stored first, then report.xml and media/...). Deterministic: fixed
# timestamps, sorted entries, so a rebuild without changes gives the same bytes.
# usage: templates/samples/build.sh [NAME…]   (default: every directory under src/)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for d in "$HERE"/src/*/; do names+=("$(basename "$d")"); done
fi
for name in "${names[@]}"; do
  src=$HERE/src/$name
  [ -f "$src/meta.txt" ] || { echo "build.sh: $src has no meta.txt" >&2; exit 2; }
  python3 "$HERE/src/assemble.py" "$src" "$src/report.xml"
  python3 - "$src" "$HERE/$name.zpr" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
def entry(name, data, compress):
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    z.writestr(info, data)
tmp = out + ".tmp"
with zipfile.ZipFile(tmp, "w") as z:
    entry("mimetype", b"application/vnd.zhuoping.report+zip", zipfile.ZIP_STORED)
    entry("report.xml", open(os.path.join(src, "report.xml"), "rb").read(), zipfile.ZIP_DEFLATED)
    media = os.path.join(src, "media")
    for m in sorted(os.listdir(media)) if os.path.isdir(media) else []:
        entry("media/" + m, open(os.path.join(media, m), "rb").read(), zipfile.ZIP_STORED)
os.replace(tmp, out)
PY
  echo "built $HERE/$name.zpr"
done
