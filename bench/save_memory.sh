#!/usr/bin/env bash
# Peak memory of saving a report with many pictures: a Shenzhen report with 40 figures of
# 2.5 MB each (100 MB of images) is loaded and saved by `zhuoping score set` (one score added),
# and only loaded by `zhuoping count` on the same file, the reference. Prints both peaks
# (GNU time's maximum resident set size) and their difference: the memory the save itself takes
# on top of the loaded report.
#   bench/save_memory.sh [PATH/TO/zhuoping]      (default build/release/bin/zhuoping)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLI=${1:-$ROOT/build/release/bin/zhuoping}
[ -x "$CLI" ] || { echo "build zhuoping first (or give its path)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian package: time)" >&2; exit 2; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$CLI" new --standard shenzhen-2019-economic --org 测试公司 -o "$T/base.zpr" >/dev/null
python3 - "$T/base.zpr" "$T/photos.zpr" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
xml = zipfile.ZipFile(src).read("report.xml").decode()
n, size = 40, 2_500_000
figures = "".join(f'<figure media="photo{i}.png" caption="图{i} 现场照片"/>' for i in range(n))
xml = xml.replace('<section clause="1.1"/>', f'<section clause="1.1">{figures}</section>')
media = "".join(f'<media id="photo{i}.png" type="image/png"/>' for i in range(n))
xml = xml.replace("</report>", f"<media-list>{media}</media-list></report>")
with zipfile.ZipFile(dst, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.zhuoping.report+zip")
    z.writestr("report.xml", xml, compress_type=zipfile.ZIP_DEFLATED)
    for i in range(n):  # a PNG signature, then bytes that do not compress (like a photo)
        z.writestr(f"media/photo{i}.png", b"\x89PNG\r\n\x1a\n" + os.urandom(size - 8))
PY
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
load=$(peak "$CLI" count "$T/photos.zpr")
save=$(peak "$CLI" score set "$T/photos.zpr" --reviewer 基准 --clause 1.1 --percent 50)
"$CLI" count "$T/photos.zpr" >/dev/null  # the saved file reads back
awk -v l="$load" -v s="$save" 'BEGIN {
  printf "report with 100 MB of pictures\n"
  printf "load only (zhuoping count):        %7.1f MB peak\n", l / 1024
  printf "load and save (zhuoping score set): %7.1f MB peak\n", s / 1024
  printf "the save takes on top:              %7.1f MB (%.2f× the pictures)\n", (s - l) / 1024, (s - l) / 1024 / 95.4
}'
