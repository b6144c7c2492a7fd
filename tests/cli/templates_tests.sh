#!/usr/bin/env bash
# End-to-end tests of templates (zhuoping new --template) and of the sample reports.
# usage: templates_tests.sh PATH/TO/zhuoping SOURCE_DIR
set -u
Z=$1
SRC=$2
. "$(dirname "$0")/lib.sh"
export XDG_DATA_HOME=$T/data
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z

expect_true() {  # expect_true NAME PYTHON_CONDITION_ON_d FILE
  if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$3"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $1: $2 is false for $(basename "$3")"
  fi
}

report_xml() { unzip -p "$1" report.xml; }

# Every standard: default template and the template's own name.
for std in shenzhen-2019-economic shenzhen-2019-social wuhan-2022-manufacturing wuhan-2022-service wuhan-2022-individual beijing-2020; do
  check "new $std --template default" 0 "$Z" new --standard "$std" --template default --org 示例组织 -o "$T/$std.zpr"
  report_xml "$T/$std.zpr" >"$T/$std.xml"
  expect_in "$std has prompts" "$T/$std.xml" "<prompt>"
  expect_in "$std has the organisation fields" "$T/$std.xml" "示例组织"
  check "new $std --template $std" 0 "$Z" new --standard "$std" --template "$std" -o "$T/$std-b.zpr"
  check "count $std template" 0 "$Z" count "$T/$std.zpr"
done
expect_in "results clause gets indicator table" "$T/shenzhen-2019-economic.xml" '<indicator name="安全事故数量"'
expect_in "comparison series present" "$T/shenzhen-2019-economic.xml" 'kind="industry-average" label="行业平均"'
expect_in "prompt lists guidance points" "$T/shenzhen-2019-economic.xml" "要点：文化建立"

# Prompts are never counted: a template report counts the same with and without them.
check "count template json" 0 "$Z" count --json "$T/shenzhen-2019-economic.zpr"
cp "$T/out" "$T/with.json"
python3 - "$T/shenzhen-2019-economic.zpr" "$T/noprompt.zpr" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
    for info in z.infolist():
        data = z.read(info.filename)
        if info.filename == "report.xml":
            data = re.sub(rb"<prompt>.*?</prompt>", b"", data, flags=re.S)
        out.writestr(info, data)
PY
check "count without prompts" 0 "$Z" count --json "$T/noprompt.zpr"
cp "$T/out" "$T/without.json"
expect_true "prompts not counted" "d['total'] == $(python3 -c "import json;print(json.load(open('$T/with.json'))['total'])")" "$T/without.json"

# Plain new keeps working: no prompts, no tables.
check "plain new" 0 "$Z" new --standard shenzhen-2019-economic -o "$T/plain.zpr"
report_xml "$T/plain.zpr" >"$T/plain.xml"
if grep -q "<prompt>\|<indicators" "$T/plain.xml"; then fail=$((fail + 1)); echo "FAIL: plain new has template content"; else pass=$((pass + 1)); fi

# Unknown names list the valid ones and exit 2; a template of another standard is refused.
check "unknown template" 2 "$Z" new --standard beijing-2020 --template nope -o "$T/x.zpr"
expect_in "unknown lists default" "$T/err" "default"
expect_in "unknown lists the name" "$T/err" "beijing-2020"
check "other standard's template" 2 "$Z" new --standard beijing-2020 --template shenzhen-2019-economic -o "$T/x.zpr"

# A template file given by path, and a broken one.
cat >"$T/mine.xml" <<'XML'
<template xmlns="urn:zhuoping:template" standard="shenzhen-2019-economic" format="1">
  <name>我的模板</name><title>我的报告</title>
  <organisation clause="0" caption="基本信息"><field>组织名称</field></organisation>
  <comparisons><comparison kind="benchmark" label="标杆"/></comparisons>
  <clause id="1.1"><prompt>写我们自己的文化引领。</prompt></clause>
</template>
XML
check "template by path" 0 "$Z" new --standard shenzhen-2019-economic --template "$T/mine.xml" -o "$T/mine.zpr"
report_xml "$T/mine.zpr" >"$T/mine.rx"
expect_in "own prompt used" "$T/mine.rx" "写我们自己的文化引领。"
expect_in "own title used" "$T/mine.rx" "<title>我的报告</title>"
sed 's/id="1.1"/id="7.7"/' "$T/mine.xml" >"$T/bad.xml"
check "template with unknown clause" 2 "$Z" new --standard shenzhen-2019-economic --template "$T/bad.xml" -o "$T/bad.zpr"
expect_in "bad template names the file" "$T/err" "bad.xml"

# The sample reports: they load, and their 字数 lies in 85–95% of the limit.
SZ=$SRC/templates/samples/shenzhen-economic-sample.zpr
BJ=$SRC/templates/samples/beijing-service-sample.zpr
for f in "$SZ" "$BJ"; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .zpr)
  check "count $name" 0 "$Z" count --json "$f"
  cp "$T/out" "$T/$name.json"
  expect_true "$name within 85-95% of its limit" "0.85 * d['limit'] <= d['total'] <= 0.95 * d['limit']" "$T/$name.json"
  check "check $name has no error" 0 "$Z" check "$f"
  expect_in "check $name summary" "$T/out" "0 error(s)"
done
# The sources rebuild to the same bytes as the committed samples (sources and .zpr agree).
if command -v python3 >/dev/null && [ -f "$SZ" ]; then
  cp -r "$SRC/templates/samples" "$T/samples"
  rm -f "$T/samples"/*.zpr
  check "samples rebuild" 0 bash "$T/samples/build.sh"
  for f in "$SZ" "$BJ"; do
    [ -f "$f" ] || continue
    # Compare the entries (names, order, bytes), not the zip bytes: deflate output may differ by zlib version.
    if python3 -c "import sys, zipfile
def entries(p):
    with zipfile.ZipFile(p) as z: return [(i.filename, z.read(i)) for i in z.infolist()]
sys.exit(0 if entries(sys.argv[1]) == entries(sys.argv[2]) else 1)" "$f" "$T/samples/$(basename "$f")"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1)); echo "FAIL: $(basename "$f") differs from a rebuild of its sources; run templates/samples/build.sh"
    fi
  done
fi
if [ -f "$BJ" ]; then
  expect_true "beijing overview under 3000" "d['clauses']['0'] + d['clauses']['0.1'] + d['clauses']['0.2'] < 3000" "$T/beijing-service-sample.json"
fi

