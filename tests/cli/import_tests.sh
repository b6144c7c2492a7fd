#!/usr/bin/env bash
# End-to-end tests of `zhuoping import` and of `count` on a .docx: mapping output, JSON,
# the written report, and exit statuses for unusable input.
# usage: import_tests.sh PATH/TO/zhuoping SOURCE_DIR
set -u
Z=$1
SRC=$2
. "$(dirname "$0")/lib.sh"
FX=$SRC/tests/fixtures/docx
export XDG_DATA_HOME=$T/data
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z


check "help import" 0 "$Z" import --help

# A draft with heading styles: detected standard, mapping, warnings, the written report.
check "import styled" 0 "$Z" import "$FX/styled-shenzhen.docx" -o "$T/s.zpr"
expect_in "detected standard" "$T/out" "Standard: shenzhen-2019-economic"
expect_in "mapping line" "$T/out" "1.1 文化引领: 122 字"
expect_in "indicator table line" "$T/out" "“领导结果主要指标”: 4 indicators, years 2021–2023"
expect_in "unmapped heading warned" "$T/out" "heading “1.1.1 文化建立” maps to no clause"
expect_in "twice matched warned" "$T/out" "clause 2.2 战略实施 is matched by 2 headings"
expect_in "gif warned" "$T/out" "is not PNG or JPEG"
expect_in "wrote" "$T/out" "Wrote $T/s.zpr"
[ -s "$T/s.zpr" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: no report written"; }
check "count imported report" 0 "$Z" count "$T/s.zpr"
check "existing output refused" 2 "$Z" import "$FX/styled-shenzhen.docx" -o "$T/s.zpr"
check "existing output with --force" 0 "$Z" import "$FX/styled-shenzhen.docx" -o "$T/s.zpr" --force

# JSON mapping
check "import json" 0 "$Z" import --json "$FX/styled-shenzhen.docx" -o "$T/j.zpr"
cp "$T/out" "$T/import.json"
expect_eq "json standard" "$(json_get "$T/import.json" 'd["standard"]["id"]')" "shenzhen-2019-economic"
expect_eq "json detected" "$(json_get "$T/import.json" 'd["standard"]["detected"]')" "True"
expect_eq "json word count" "$(json_get "$T/import.json" 'd["word"]["body"]["words"]')" "515"
expect_eq "json clause 1.3 tables" "$(json_get "$T/import.json" '[c["indicator_tables"] for c in d["clauses"] if c["clause"]=="1.3"][0]')" "1"

# `count` on a .docx gives Word's count, with per-clause counts from the mapping.
check "count docx json" 0 "$Z" count --json "$FX/styled-shenzhen.docx"
cp "$T/out" "$T/count.json"
expect_eq "count docx total = Word's" "$(json_get "$T/count.json" 'd["total"]')" "515"
expect_eq "count docx clause 1.1" "$(json_get "$T/count.json" 'd["clauses"]["1.1"]')" "122"
expect_eq "count docx clauses add up" "$(json_get "$T/count.json" 'sum(d["clauses"].values()) + d["unassigned"]')" "515"
check "count docx text" 0 "$Z" count "$FX/styled-shenzhen.docx"
expect_in "count docx says Word" "$T/out" "Word's count"

# A draft without heading styles, and a given standard.
check "import plain" 0 "$Z" import "$FX/plain-wuhan.docx" -o "$T/w.zpr"
expect_in "plain detected" "$T/out" "Standard: wuhan-2022-manufacturing"
expect_in "full-width heading" "$T/out" "5.2.2 引领发展"
check "import given standard" 0 "$Z" import --standard wuhan-2022-service "$FX/plain-wuhan.docx" -o "$T/w2.zpr"
expect_in "given standard" "$T/out" "as given"
check "unknown standard" 2 "$Z" import --standard nope "$FX/plain-wuhan.docx" -o "$T/w3.zpr"

# Unusable input: exit 2 with a message naming the file.
echo "not a zip" >"$T/bad.docx"
check "not a zip" 2 "$Z" import "$T/bad.docx" -o "$T/bad.zpr"
expect_in "not a zip message" "$T/err" "bad.docx"
[ ! -e "$T/bad.zpr" ] && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: output written for bad input"; }
check "missing file" 2 "$Z" import "$T/none.docx" -o "$T/none.zpr"
head -c 2000 "$FX/styled-shenzhen.docx" >"$T/trunc.docx"
check "truncated" 2 "$Z" import "$T/trunc.docx" -o "$T/trunc.zpr"
printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' >"$T/enc.docx"
head -c 4096 /dev/zero >>"$T/enc.docx"
check "encrypted" 2 "$Z" import "$T/enc.docx" -o "$T/enc.zpr"
expect_in "encrypted message" "$T/err" "encrypted"
check "count not a zip" 2 "$Z" count "$T/bad.docx"
check "no output option" 2 "$Z" import "$FX/plain-wuhan.docx"

