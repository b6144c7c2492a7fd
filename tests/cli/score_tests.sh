#!/usr/bin/env bash
# End-to-end tests of `zhuoping score`: set, agree, show (text and JSON), merge, report, and
# the exit statuses (0 ok, 2 unusable input or usage).
# usage: score_tests.sh PATH/TO/zhuoping SOURCE_DIR
set -u
Z=$1
SRC=$2
. "$(dirname "$0")/lib.sh"
export XDG_DATA_HOME=$T/data   # no user standards from the machine running the tests
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z

show_json() {  # show_json FILE.zpr → $T/show.json
  "$Z" score show --json "$1" >"$T/show.json" 2>"$T/err"
}

# Rewrite a section of a .zpr (python's zipfile; mimetype first and stored, as the format wants).
set_section() {  # set_section FILE.zpr CLAUSE XML_OF_BLOCKS
  python3 - "$1" "$2" "$3" <<'EOF'
import re, sys, zipfile
path, clause, blocks = sys.argv[1:4]
src = zipfile.ZipFile(path)
names = src.namelist()
data = {n: src.read(n) for n in names}
src.close()
x = data["report.xml"].decode()
x, n = re.subn(r'<section clause="%s"\s*/>' % re.escape(clause), '<section clause="%s">%s</section>' % (clause, blocks), x)
assert n == 1, clause
data["report.xml"] = x.encode()
with zipfile.ZipFile(path, "w") as out:
    for name in names:
        out.writestr(zipfile.ZipInfo(name), data[name],
                     compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
EOF
}

# ---- help
for cmd in "score" "score set" "score agree" "score show" "score merge" "score report"; do
  # shellcheck disable=SC2086
  check "help $cmd" 0 "$Z" $cmd --help
done
check "score without subcommand" 2 "$Z" score

# ---- set, agree, show
R=$T/r.zpr
check "new" 0 "$Z" new --standard shenzhen-2019-economic --org 测试公司 -o "$R"
check "set" 0 "$Z" score set "$R" --reviewer 张工 --clause 1.1 --percent 50 --strength "价值观体系完整" --ofi "缺少评价改进" --note "A=方法系统"
check "set second reviewer" 0 "$Z" score set "$R" --reviewer 李顾问 --role consultant --clause 1.1 --percent 70
expect_in "set reports the spread" "$T/out" "20 points or more apart"
check "set 1.3" 0 "$Z" score set "$R" --reviewer 张工 --clause 1.3 --percent 25
cp "$R" "$T/before.zpr"
check "off-scale percent" 2 "$Z" score set "$R" --reviewer 张工 --clause 1.2 --percent 57
expect_in "off-scale names the allowed values" "$T/err" "0, 5, 10, 15, 20"
expect_in "off-scale names the clause" "$T/err" "1.2"
check "percent over 100" 2 "$Z" score set "$R" --reviewer 张工 --clause 1.2 --percent 105
check "percent not a number" 2 "$Z" score set "$R" --reviewer 张工 --clause 1.2 --percent abc
check "unknown clause" 2 "$Z" score set "$R" --reviewer 张工 --clause 9.9 --percent 50
expect_in "unknown clause named" "$T/err" "9.9"
check "not a scoring unit" 2 "$Z" score set "$R" --reviewer 张工 --clause 1 --percent 50
expect_in "not a unit message" "$T/err" "not a scoring unit"
check "unknown role" 2 "$Z" score set "$R" --reviewer 张工 --role boss --clause 1.2 --percent 50
check "unknown factor" 2 "$Z" score set "$R" --reviewer 张工 --clause 1.3 --percent 25 --note "A=x"
check "missing --reviewer" 2 "$Z" score set "$R" --clause 1.2 --percent 50
check "missing file" 2 "$Z" score set "$T/none.zpr" --reviewer 张工 --clause 1.2 --percent 50
check "not a report" 2 "$Z" score show "$SRC/README.md"
expect_eq "refusals leave the file alone" "$(cmp -s "$R" "$T/before.zpr" && echo same)" "same"

check "show --json" 0 show_json "$R"
expect_eq "show keys" "$(json_get "$T/show.json" 'sorted(d.keys())')" \
  "['hearing', 'level', 'percent', 'score', 'standard', 'total_points', 'units']"
expect_eq "unit keys" "$(json_get "$T/show.json" 'sorted(d["units"][0].keys())')" \
  "['clause', 'consensus_percent', 'points', 'reviewers', 'score', 'spread']"
expect_eq "standard" "$(json_get "$T/show.json" 'd["standard"]')" "shenzhen-2019-economic"
expect_eq "total points" "$(json_get "$T/show.json" 'd["total_points"]')" "500"
# 1.1: median of 50 and 70 = 60 → 20 × 60% = 12; 1.3: 40 × 25% = 10; total 22 = 4.4%.
expect_eq "1.1 unit" "$(json_get "$T/show.json" '[(u["consensus_percent"], u["score"], u["spread"], u["reviewers"]) for u in d["units"] if u["clause"]=="1.1"][0]')" \
  "(60, 12, True, {'张工': 50, '李顾问': 70})"
expect_eq "unscored unit" "$(json_get "$T/show.json" '[(u["consensus_percent"], u["score"], u["reviewers"]) for u in d["units"] if u["clause"]=="1.2"][0]')" \
  "(None, 0, {})"
expect_eq "score" "$(json_get "$T/show.json" 'd["score"]')" "22"
expect_eq "percent" "$(json_get "$T/show.json" 'd["percent"]')" "4.4"
expect_eq "no level" "$(json_get "$T/show.json" 'd["level"]')" "None"
expect_eq "hearing not cleared" "$(json_get "$T/show.json" 'd["hearing"]')" "False"
expect_eq "18 units" "$(json_get "$T/show.json" 'len(d["units"])')" "18"

check "agree" 0 "$Z" score agree "$R" --clause 1.1 --percent 55
check "agree off-scale" 2 "$Z" score agree "$R" --clause 1.1 --percent 52.5
check "agree unknown clause" 2 "$Z" score agree "$R" --clause 7.7 --percent 50
check "show after agree" 0 show_json "$R"
expect_eq "agreed consensus" "$(json_get "$T/show.json" '[u["consensus_percent"] for u in d["units"] if u["clause"]=="1.1"][0]')" "55"
expect_eq "agreed total" "$(json_get "$T/show.json" 'd["score"]')" "21"

cp "$R" "$T/agreed.zpr"
check "agree --withdraw" 0 "$Z" score agree "$T/agreed.zpr" --clause 1.1 --withdraw
check "show after withdraw" 0 show_json "$T/agreed.zpr"
expect_eq "median again" "$(json_get "$T/show.json" '[u["consensus_percent"] for u in d["units"] if u["clause"]=="1.1"][0]')" "60"
check "agree without --percent" 2 "$Z" score agree "$R" --clause 1.1
check "agree --percent with --withdraw" 2 "$Z" score agree "$R" --clause 1.1 --percent 50 --withdraw

check "show text" 0 "$Z" score show "$R"
expect_in "table header" "$T/out" "Consensus"
expect_in "row 1.1" "$T/out" "文化引领"
expect_in "spread flag" "$T/out" "spread 20 points"
expect_in "total line" "$T/out" "21 of 500 points"

# ---- levels and the hearing line: every unit at 60% (gold, over 50%), then 50% (bronze, not over)
G=$T/gold.zpr
check "new gold" 0 "$Z" new --standard shenzhen-2019-economic -o "$G"
for c in 1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 3.3 4.1 4.2 4.3 5.1 5.2 5.3 6.1 6.2 6.3; do
  "$Z" score set "$G" --reviewer 王 --clause $c --percent 60 >/dev/null 2>&1 || echo "could not score $c"
done
check "show gold" 0 show_json "$G"
expect_eq "gold score" "$(json_get "$T/show.json" '(d["score"], d["percent"], d["level"], d["hearing"])')" "(300, 60, 'gold', True)"
for c in 1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 3.3 4.1 4.2 4.3 5.1 5.2 5.3 6.1 6.2 6.3; do
  "$Z" score agree "$G" --clause $c --percent 50 >/dev/null 2>&1 || echo "could not agree $c"
done
check "show bronze" 0 show_json "$G"
expect_eq "bronze, not over 50%" "$(json_get "$T/show.json" '(d["score"], d["percent"], d["level"], d["hearing"])')" "(250, 50, 'bronze', False)"

# ---- other standards' scales and nulls
W=$T/w.zpr
check "new individual" 0 "$Z" new --standard wuhan-2022-individual -o "$W"
check "individual 20 refused" 2 "$Z" score set "$W" --reviewer 张 --clause 1.1 --percent 20
expect_in "individual names 30 up" "$T/err" "30, 35, 40"
check "individual 30" 0 "$Z" score set "$W" --reviewer 张 --clause 1.1 --percent 30
check "show individual" 0 show_json "$W"
expect_eq "individual: 10 × 30% = 3, no level, no hearing line" "$(json_get "$T/show.json" '(d["score"], d["level"], d["hearing"])')" "(3, None, None)"
S=$T/s.zpr
check "new social" 0 "$Z" new --standard shenzhen-2019-social -o "$S"
check "social 37" 0 "$Z" score set "$S" --reviewer 张 --clause 1.1.1 --percent 37
check "social second level is not a unit" 2 "$Z" score set "$S" --reviewer 张 --clause 1.1 --percent 37
check "social 37.5 refused" 2 "$Z" score set "$S" --reviewer 张 --clause 1.1.1 --percent 37.5
check "show social" 0 show_json "$S"
expect_eq "social: 30 × 37% = 11.1" "$(json_get "$T/show.json" '(d["score"], d["hearing"])')" "(11.1, False)"
M=$T/m.zpr
check "new manufacturing" 0 "$Z" new --standard wuhan-2022-manufacturing -o "$M"
check "wuhan category is the unit" 0 "$Z" score set "$M" --reviewer 张 --clause 5.2 --percent 55
check "wuhan x.x.2 is not a unit" 2 "$Z" score set "$M" --reviewer 张 --clause 5.2.2 --percent 55
check "show manufacturing" 0 show_json "$M"
expect_eq "manufacturing: 180 × 55% = 99" "$(json_get "$T/show.json" '(d["score"], d["level"], d["hearing"])')" "(99, None, None)"

# ---- evidence caps (advice in the text output, never in the score)
E=$T/e.zpr
check "new caps" 0 "$Z" new --standard shenzhen-2019-economic -o "$E"
set_section "$E" 1.3 '<p><r>领导的结果见下表。</r></p><indicators caption="领导结果" years="2022 2023"><indicator name="营业收入" unit="亿元" direction="higher"><value year="2022" num="10">10</value><value year="2023" num="12">12</value></indicator></indicators>'
check "score capped unit" 0 "$Z" score set "$E" --reviewer 张工 --clause 1.3 --percent 40
check "show caps" 0 "$Z" score show "$E"
expect_in "cap advice" "$T/out" "at most 25% advised"
expect_in "cap quotes the guide" "$T/out" "基本指标少于3个"
expect_in "cap flag" "$T/out" "above the evidence cap 25%"
check "show caps json" 0 show_json "$E"
expect_eq "score unchanged by the cap" "$(json_get "$T/show.json" 'd["score"]')" "16"

# ---- merge
B=$T/base.zpr
check "new base" 0 "$Z" new --standard shenzhen-2019-economic --org 测试公司 -o "$B"
cp "$B" "$T/copy1.zpr"
cp "$B" "$T/copy2.zpr"
check "copy1 score" 0 "$Z" score set "$T/copy1.zpr" --reviewer 张工 --clause 1.1 --percent 40
check "copy2 score" 0 "$Z" score set "$T/copy2.zpr" --reviewer 李顾问 --clause 1.1 --percent 60 --role lead
check "merge" 0 "$Z" score merge -o "$T/merged.zpr" "$B" "$T/copy1.zpr" "$T/copy2.zpr"
check "show merged" 0 show_json "$T/merged.zpr"
expect_eq "merged reviewers" "$(json_get "$T/show.json" '[u["reviewers"] for u in d["units"] if u["clause"]=="1.1"][0]')" \
  "{'张工': 40, '李顾问': 60}"
expect_eq "merged consensus" "$(json_get "$T/show.json" '[u["consensus_percent"] for u in d["units"] if u["clause"]=="1.1"][0]')" "50"
cp "$T/copy1.zpr" "$T/copy3.zpr"
check "copy3 conflicting score" 0 "$Z" score set "$T/copy3.zpr" --reviewer 张工 --clause 1.1 --percent 45
check "merge conflict refused" 2 "$Z" score merge -o "$T/bad.zpr" "$B" "$T/copy1.zpr" "$T/copy3.zpr"
expect_in "conflict names the reviewer" "$T/err" "张工"
expect_eq "refused merge writes nothing" "$([ -e "$T/bad.zpr" ] && echo written || echo none)" "none"
set_section "$T/copy2.zpr" 1.2 '<p><r>审阅人顺手改了正文。</r></p>'
check "merge refuses edited text" 2 "$Z" score merge -o "$T/bad.zpr" "$B" "$T/copy1.zpr" "$T/copy2.zpr"
expect_in "refusal names the clause" "$T/err" "clause 1.2"
expect_in "refusal names the option" "$T/err" "--keep-base-text"
check "merge keeping base text" 0 "$Z" score merge --keep-base-text -o "$T/merged2.zpr" "$B" "$T/copy1.zpr" "$T/copy2.zpr"
expect_in "warning about the text" "$T/err" "kept"
check "show merged2" 0 show_json "$T/merged2.zpr"
expect_eq "reviews taken" "$(json_get "$T/show.json" 'd["score"]')" "10"
check "merge needs two files" 2 "$Z" score merge -o "$T/bad.zpr" "$B"
N=$T/other.zpr
check "new other standard" 0 "$Z" new --standard beijing-2020 -o "$N"
check "merge refuses another standard" 2 "$Z" score merge --keep-base-text -o "$T/bad.zpr" "$B" "$N"

# ---- the feedback report
check "report" 0 "$Z" score report -o "$T/feedback.pdf" "$R"
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext "$T/feedback.pdf" "$T/feedback.txt"
  expect_in "pdf summary heading" "$T/feedback.txt" "评分汇总"
  expect_in "pdf summary table" "$T/feedback.txt" "表1 各评分单元得分"
  expect_in "pdf category table" "$T/feedback.txt" "各类目可得分与得分"
  expect_in "pdf chart caption" "$T/feedback.txt" "图1 各类目可得分与得分"
  expect_in "pdf unit heading" "$T/feedback.txt" "1.1 文化引领"
  expect_in "pdf consensus" "$T/feedback.txt" "55%（评审组长确定）"
  expect_in "pdf band descriptor" "$T/feedback.txt" "均有系统、有效的方法"
  expect_in "pdf strength" "$T/feedback.txt" "价值观体系完整"
  expect_in "pdf ofi" "$T/feedback.txt" "缺少评价改进"
  expect_in "pdf hearing line" "$T/feedback.txt" "未超过"
  pages=$(pdfinfo "$T/feedback.pdf" | sed -n 's/^Pages: *//p')
  expect_eq "pdf has pages" "$([ "${pages:-0}" -ge 3 ] && echo yes)" "yes"
  expect_in "pdf font embedded" <(pdffonts "$T/feedback.pdf") "WenQuanYi"
else
  echo "pdftotext not installed: skipping the PDF text checks"
fi
check "report caps" 0 "$Z" score report -o "$T/caps.pdf" "$E"
check "report into a missing directory" 2 "$Z" score report -o "$T/no/such/dir/x.pdf" "$R"

