#!/usr/bin/env bash
# End-to-end tests of `zhuoping check`: text and JSON output, --min-severity, exit statuses.
# usage: check_tests.sh PATH/TO/zhuoping SOURCE_DIR
set -u
Z=$1
SRC=$2
. "$(dirname "$0")/lib.sh"
export XDG_DATA_HOME=$T/data
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z
export LANGUAGE=C LC_ALL=C.UTF-8

# fill REPORT CLAUSE=TEXT...: put one paragraph into each named section of a .zpr
fill() {
  python3 - "$@" <<'PY'
import sys, zipfile, re
from xml.sax.saxutils import escape
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    mimetype = z.read("mimetype")
    xml = z.read("report.xml").decode("utf-8")
for arg in sys.argv[2:]:
    clause, text = arg.split("=", 1)
    para = "<p><r>" + escape(text) + "</r></p>"
    xml, n = re.subn(r'<section clause="%s"/>' % re.escape(clause),
                     '<section clause="%s">%s</section>' % (clause, para), xml)
    assert n == 1, clause
with zipfile.ZipFile(path, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
    z.writestr("report.xml", xml, compress_type=zipfile.ZIP_DEFLATED)
PY
}

han() { python3 -c "print('质' * $1)"; }

check "help" 0 "$Z" check --help
expect_in "help lists --min-severity" "$T/out" "--min-severity"

# An empty Beijing report: every clause missing → errors, exit 1.
check "new beijing" 0 "$Z" new --standard beijing-2020 -o "$T/empty.zpr"
check "empty report fails" 1 "$Z" check "$T/empty.zpr"
expect_in "text names the code" "$T/out" "[clause.missing]"
expect_in "text shows 字数 against the limit" "$T/out" "of 60,000 allowed"
expect_in "text groups by clause" "$T/out" "0.1 组织描述"
expect_in "text counts per severity" "$T/out" "error(s)"

check "empty report json" 1 "$Z" check --json "$T/empty.zpr"
expect_eq "json standard" "$(json_get "$T/out" 'd["standard"]')" "beijing-2020"
expect_eq "json limit" "$(json_get "$T/out" 'd["limit"]')" "60000"
expect_eq "json total is an int" "$(json_get "$T/out" 'type(d["total"]).__name__')" "int"
expect_eq "json keys" "$(json_get "$T/out" 'sorted(d["findings"][0].keys())')" \
  "['clause', 'code', 'indicator', 'message', 'severity']"
expect_eq "json indicator null" "$(json_get "$T/out" 'd["findings"][0]["indicator"]')" "None"
expect_eq "json first finding" "$(json_get "$T/out" 'd["findings"][0]["code"] + " " + d["findings"][0]["clause"]')" \
  "clause.missing 0.1"
expect_eq "json 25 missing clauses" \
  "$(json_get "$T/out" 'sum(1 for f in d["findings"] if f["code"] == "clause.missing")')" "25"

# --min-severity filters what is shown, not the exit status.
check "min-severity warning" 1 "$Z" check --json --min-severity warning "$T/empty.zpr"
expect_eq "no info shown" "$(json_get "$T/out" 'sum(1 for f in d["findings"] if f["severity"] == "info")')" "0"
check "bad min-severity" 2 "$Z" check --min-severity fatal "$T/empty.zpr"

# A written Wuhan individual report (items only, no limit): no error → exit 0; a thin item warns.
check "new individual" 0 "$Z" new --standard wuhan-2022-individual -o "$T/ind.zpr"
fill "$T/ind.zpr" "1.1=$(han 400)" "1.2=$(han 400)" "1.3=$(han 400)" "2.1=$(han 400)" "2.2=$(han 400)" \
  "2.3=$(han 100)"
check "written report passes" 0 "$Z" check --json "$T/ind.zpr"
expect_eq "no limit is null" "$(json_get "$T/out" 'd["limit"]')" "None"
expect_eq "thin item found" "$(json_get "$T/out" '[f["code"] + " " + f["clause"] for f in d["findings"]]')" \
  "['clause.thin 2.3']"
check "written report text" 0 "$Z" check "$T/ind.zpr"
expect_in "text says no limit" "$T/out" "no length limit"
check "only errors shown" 0 "$Z" check --json --min-severity error "$T/ind.zpr"
expect_eq "nothing at error level" "$(json_get "$T/out" 'len(d["findings"])')" "0"

# Over the Beijing overview limit (0 = 0.1 + 0.2 > 3,000 字): length.part_over_limit on clause 0.
check "new beijing 2" 0 "$Z" new --standard beijing-2020 -o "$T/bj.zpr"
fill "$T/bj.zpr" "0.1=$(han 2000)" "0.2=$(han 1100)"
check "overview over its limit" 1 "$Z" check --json "$T/bj.zpr"
expect_eq "part over limit" \
  "$(json_get "$T/out" '[f["clause"] for f in d["findings"] if f["code"] == "length.part_over_limit"]')" "['0']"

# --standard checks against another standard.
check "other standard" 1 "$Z" check --json --standard shenzhen-2019-economic "$T/ind.zpr"
expect_eq "other standard id" "$(json_get "$T/out" 'd["standard"]')" "shenzhen-2019-economic"
check "unknown standard" 2 "$Z" check --standard nope "$T/ind.zpr"

# A Word file goes through the same reader table (the import's fixture, when present).
DOCX=$SRC/tests/fixtures/docx/plain-wuhan.docx
if [ -f "$DOCX" ]; then
  "$Z" check --json "$DOCX" >"$T/out" 2>"$T/err"
  status=$?
  expect_eq "docx read (exit 0 or 1)" "$([ $status -le 1 ] && echo ok || echo "exit $status")" "ok"
  expect_eq "docx standard" "$(json_get "$T/out" 'd["standard"]')" "wuhan-2022-manufacturing"
fi

# Unreadable input → 2.
check "missing file" 2 "$Z" check "$T/missing.zpr"
printf 'not a zip' >"$T/broken.zpr"
check "broken file" 2 "$Z" check "$T/broken.zpr"
check "no file" 2 "$Z" check

