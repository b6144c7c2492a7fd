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
echo "not a report" > "$T/bad.zpr"
timeout 60 "$GUI" --screenshot "$T/x.png" "$T/bad.zpr" 2>"$T/err.txt" >/dev/null
rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: a broken file gave status $rc"; exit 1; }
grep -q "bad.zpr" "$T/err.txt" || { echo "FAIL: the error does not name the file"; cat "$T/err.txt"; exit 1; }
# A clean batch run leaves no recovery copy behind.
[ -z "$(ls -A "$T/data/zhuoping/recovery" 2>/dev/null)" ] || { echo "FAIL: a recovery copy was left behind"; exit 1; }
echo "gui smoke: ok"
