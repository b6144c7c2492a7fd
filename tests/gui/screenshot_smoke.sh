#!/usr/bin/env bash
# Opens a new report in zhuoping-gui, selects a clause, saves a screenshot, and checks that
# a real PNG of a real window came out. Also checks that a broken file is refused.
set -u
GUI=$1
CLI=$2
if [ -z "${DISPLAY:-}" ]; then
  echo "no display: skipped"
  exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data
"$CLI" new --standard shenzhen-2019-economic --org 测试公司 -o "$T/r.zpr" >/dev/null || exit 1
timeout 60 "$GUI" --screenshot "$T/shot.png" --clause 1.1 "$T/r.zpr" || { echo "FAIL: screenshot run failed"; exit 1; }
head -c 8 "$T/shot.png" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "FAIL: not a PNG"; exit 1; }
size=$(stat -c %s "$T/shot.png")
[ "$size" -gt 10000 ] || { echo "FAIL: screenshot suspiciously small ($size bytes)"; exit 1; }
# An unknown clause id is refused with a non-zero status, never a crash.
timeout 60 "$GUI" --screenshot "$T/x.png" --clause 9.9 "$T/r.zpr" >/dev/null 2>&1
rc=$?
[ "$rc" -ne 0 ] && [ "$rc" -lt 128 ] || { echo "FAIL: unknown clause gave status $rc"; exit 1; }
# So is a table number the clause does not have, and a file that is not a report.
timeout 60 "$GUI" --screenshot "$T/x.png" --clause 1.1 --block 3 "$T/r.zpr" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: a missing table gave status $rc"; exit 1; }
# The scoring page and the scoring summary can be pictured; an unknown page is refused.
for page in scoring summary; do
  timeout 60 "$GUI" --screenshot "$T/$page.png" --clause 1.1 --page $page "$T/r.zpr" >/dev/null 2>&1 \
    && [ "$(stat -c %s "$T/$page.png")" -gt 10000 ] || { echo "FAIL: --page $page"; exit 1; }
done
timeout 60 "$GUI" --screenshot "$T/x.png" --page nosuch "$T/r.zpr" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: an unknown page gave status $rc"; exit 1; }
# The mapping report of a Word draft (what File ▸ Open of a .docx shows) can be pictured: the
# PNG is of that dialog, not of the main window (1280×800 in batch mode).
DOCX="$(cd "$(dirname "$0")/../fixtures/docx" && pwd)/styled-shenzhen.docx"
timeout 60 "$GUI" --screenshot "$T/mapping.png" --page mapping "$DOCX" >/dev/null 2>"$T/map-err.txt" \
  || { echo "FAIL: --page mapping refused or failed"; cat "$T/map-err.txt"; exit 1; }
[ -f "$T/mapping.png" ] || { echo "FAIL: --page mapping wrote no PNG"; exit 1; }
head -c 8 "$T/mapping.png" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "FAIL: the mapping report is not a PNG"; exit 1; }
[ "$(stat -c %s "$T/mapping.png")" -gt 10000 ] || { echo "FAIL: the mapping report PNG is suspiciously small"; exit 1; }
dims=$(od -An -tu1 -j16 -N8 "$T/mapping.png" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
[ "$dims" != "1280x800" ] || { echo "FAIL: --page mapping pictured the main window, not the dialog"; exit 1; }
# Only a .docx has a mapping report: a report file is refused with status 2 and a message.
timeout 60 "$GUI" --screenshot "$T/mapping-zpr.png" --page mapping "$T/r.zpr" >/dev/null 2>"$T/map-err.txt"
rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --page mapping of a .zpr gave status $rc"; exit 1; }
grep -q "docx" "$T/map-err.txt" || { echo "FAIL: the refusal does not say a .docx is needed"; cat "$T/map-err.txt"; exit 1; }
[ ! -e "$T/mapping-zpr.png" ] || { echo "FAIL: --page mapping of a .zpr wrote a PNG"; exit 1; }
echo "not a report" > "$T/bad.zpr"
timeout 60 "$GUI" --screenshot "$T/x.png" "$T/bad.zpr" 2>"$T/err.txt" >/dev/null
rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: a broken file gave status $rc"; exit 1; }
grep -q "bad.zpr" "$T/err.txt" || { echo "FAIL: the error does not name the file"; cat "$T/err.txt"; exit 1; }
# A clean batch run leaves no recovery copy behind.
[ -z "$(ls -A "$T/data/zhuoping/recovery" 2>/dev/null)" ] || { echo "FAIL: a recovery copy was left behind"; exit 1; }
echo "gui smoke: ok"
