#!/usr/bin/env bash
# End-to-end tests of the zhuoping command line: output, JSON keys and exit statuses.
# usage: cli_tests.sh PATH/TO/zhuoping SOURCE_DIR
set -u
Z=$1
SRC=$2
. "$(dirname "$0")/lib.sh"
export XDG_DATA_HOME=$T/data   # no user standards from the machine running the tests
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z

# --version and --help
check "version" 0 "$Z" --version
expect_in "version text" "$T/out" "zhuoping "
for cmd in standards "standard show" new count; do
  # shellcheck disable=SC2086
  check "help $cmd" 0 "$Z" $cmd --help
done
check "no subcommand" 2 "$Z"
check "unknown subcommand" 2 "$Z" frobnicate

# standards
check "standards" 0 "$Z" standards
expect_in "standards lists beijing" "$T/out" "beijing-2020"
check "standards --json" 0 "$Z" standards --json
cp "$T/out" "$T/standards.json"
expect_eq "six standards" "$(json_get "$T/standards.json" 'len(d)')" "6"
expect_eq "standards keys" "$(json_get "$T/standards.json" 'sorted(d[0].keys())')" "['clauses', 'id', 'limits', 'name', 'source', 'total_points']"
expect_eq "beijing limits" "$(json_get "$T/standards.json" '[x for x in d if x["id"]=="beijing-2020"][0]["limits"]')" \
  "[{'max': 60000, 'scope': 'report', 'unit': '字'}, {'max': 3000, 'scope': '0', 'unit': '字'}]"
expect_eq "totals" "$(json_get "$T/standards.json" 'sorted((x["id"], x["total_points"]) for x in d)')" \
  "[('beijing-2020', 1000), ('shenzhen-2019-economic', 500), ('shenzhen-2019-social', 500), ('wuhan-2022-individual', 100), ('wuhan-2022-manufacturing', 1000), ('wuhan-2022-service', 1000)]"

# standard show
check "standard show" 0 "$Z" standard show shenzhen-2019-economic
expect_in "tree shows 1.1" "$T/out" "1.1 文化引领"
check "standard show --json" 0 "$Z" standard show shenzhen-2019-economic --json
cp "$T/out" "$T/tree.json"
expect_eq "tree keys" "$(json_get "$T/tree.json" 'sorted(d[1].keys())')" "['id', 'kind', 'parent', 'points', 'title', 'writable']"
expect_eq "tree 1.1" "$(json_get "$T/tree.json" '[(x["parent"], x["kind"], x["points"], x["writable"]) for x in d if x["id"]=="1.1"][0]')" "('1', 'process', 20, True)"
expect_eq "tree root parent null" "$(json_get "$T/tree.json" 'd[0]["parent"]')" "None"
check "standard show unknown" 2 "$Z" standard show nope
expect_in "unknown lists valid ids" "$T/err" "shenzhen-2019-economic"

# user standards directory
mkdir -p "$XDG_DATA_HOME/zhuoping/standards"
cat >"$XDG_DATA_HOME/zhuoping/standards/mine.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<standard id="my-award" format="1">
  <name>我的奖</name><award>我的奖</award><year>2024</year><issuer>某局</issuer>
  <source seed="none">自编</source><total-points>100</total-points><guides/>
  <clauses><clause id="1" kind="category" title="领导" points="100"><clause id="1.1" kind="process" title="文化" points="100"/></clause></clauses>
</standard>
XML
echo '<standard' >"$XDG_DATA_HOME/zhuoping/standards/broken.xml"
check "standards with user dir" 0 "$Z" standards
expect_in "user standard listed" "$T/out" "my-award"
expect_in "broken user standard reported" "$T/err" "broken.xml"
rm -rf "$XDG_DATA_HOME/zhuoping"

# new
check "new" 0 "$Z" new --standard beijing-2020 --org 某服务公司 -o "$T/b.zpr"
check "new refuses to overwrite" 2 "$Z" new --standard beijing-2020 -o "$T/b.zpr"
check "new unknown standard" 2 "$Z" new --standard nope -o "$T/x.zpr"
expect_in "new unknown lists ids" "$T/err" "beijing-2020"
check "new into missing dir" 2 "$Z" new --standard beijing-2020 -o "$T/no/such/dir/x.zpr"
expect_in "names the file" "$T/err" "x.zpr"

# count
check "count zpr" 0 "$Z" count "$T/b.zpr"
check "count zpr --json" 0 "$Z" count --json "$T/b.zpr"
cp "$T/out" "$T/count.json"
expect_eq "count keys" "$(json_get "$T/count.json" 'sorted(d.keys())')" "['characters', 'characters_with_spaces', 'clauses', 'limit', 'total']"
expect_eq "count limit" "$(json_get "$T/count.json" 'd["limit"]')" "60000"
expect_eq "clauses add up" "$(json_get "$T/count.json" 'sum(d["clauses"].values()) == d["total"]')" "True"
printf '使用Word文档\n2023年 COVID-19疫情\n' >"$T/a.txt"
check "count txt --json" 0 "$Z" count --json "$T/a.txt"
cp "$T/out" "$T/txt.json"
expect_eq "txt total" "$(json_get "$T/txt.json" 'd["total"]')" "10"
expect_eq "txt no clauses" "$(json_get "$T/txt.json" '"clauses" in d')" "False"
expect_eq "txt limit null" "$(json_get "$T/txt.json" 'd["limit"]')" "None"
check "count missing file" 2 "$Z" count "$T/missing.zpr"
expect_in "missing names file" "$T/err" "missing.zpr"
echo "not a zip" >"$T/bad.zpr"
check "count broken zpr" 2 "$Z" count "$T/bad.zpr"
expect_in "broken names file" "$T/err" "bad.zpr"
echo "x" >"$T/a.odt"
check "count unsupported type" 2 "$Z" count "$T/a.odt"

