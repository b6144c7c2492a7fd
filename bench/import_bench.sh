#!/usr/bin/env bash
# Speed of the .docx import against LibreOffice in the same run: generates a 60,000-字 draft
# (headings of shenzhen-2019-economic, paragraphs, lists, indicator tables), imports it with
# `zhuoping import` and converts it with `soffice --headless --convert-to txt`, and prints
# both times and their ratio (aim: the import 50× faster). LibreOffice is skipped when absent.
# Both sides are timed as whole processes, best of several runs (the machine is shared: the best
# run is the one least disturbed): RUNS imports (default 15) and 3 conversions, interleaved,
# after one conversion that warms LibreOffice's profile. The import includes everything a user waits
# for: start-up, reading the built-in standards, detecting the standard, the import and the
# atomic save of the .zpr (temporary file, fsync, rename).
# usage: bench/import_bench.sh [PATH/TO/zhuoping] [RUNS]
set -eu
Z=${1:-}
RUNS=${2:-15}
if [ -z "$Z" ]; then
  for c in build/bench/bin/zhuoping build/release/bin/zhuoping build/test/bin/zhuoping; do
    [ -x "$c" ] && Z=$c && break
  done
fi
[ -x "$Z" ] || { echo "usage: $0 PATH/TO/zhuoping [RUNS]" >&2; exit 2; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# The draft is written directly as WordprocessingML (no LibreOffice needed to make it).
python3 - "$T/draft.docx" <<'PY'
import sys, zipfile, random
random.seed(1)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
phr = ["公司建立了以顾客为中心的质量管理体系", "通过PDCA循环持续改进关键过程", "高层领导每季度评审战略目标的达成情况",
       "员工满意度调查覆盖全部部门", "采用六西格玛方法降低不良品率", "与行业标杆对比分析差距并制定改进计划",
       "信息系统支持数据的及时采集与分析", "知识管理平台累计收录案例1,200余篇"]
def p(text, style=None, bold=False):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    # split into runs the way Word does at digits and punctuation
    runs = ''.join(f'<w:r>{rpr}<w:t xml:space="preserve">{chunk}</w:t></w:r>' for chunk in text.split('，'))
    return f'<w:p>{ppr}{runs}</w:p>'
clauses = [("1", "领导"), ("1.1", "文化引领"), ("1.2", "组织治理"), ("1.3", "领导的结果"), ("2", "战略规划"),
           ("2.1", "战略制定"), ("2.2", "战略实施"), ("2.3", "战略规划的结果"), ("3", "聚焦顾客"), ("3.1", "顾客服务"),
           ("3.2", "顾客增值"), ("3.3", "聚焦顾客的结果"), ("4", "以人为本"), ("4.1", "人力资源管理"), ("4.2", "人力资源开发"),
           ("4.3", "以人为本的结果"), ("5", "持续创新"), ("5.1", "创新系统"), ("5.2", "创新生态"), ("5.3", "持续创新的结果"),
           ("6", "高质量的运营"), ("6.1", "运营系统"), ("6.2", "营运质量"), ("6.3", "高质量运营的结果")]
body = [p("组织简介", "Heading1")]
chars = 0
def para():
    global chars
    t = "，".join(random.choice(phr) for _ in range(6)) + "。"
    chars += len(t)
    return p(t)
for _ in range(20): body.append(para())
per = 62000 // len(clauses)
for cid, title in clauses:
    body.append(p(f"{cid} {title}", "Heading1" if "." not in cid else "Heading2"))
    start = chars
    while chars - start < per:
        body.append(para())
    if title.endswith("结果"):
        rows = ['<w:tr>' + ''.join(f'<w:tc><w:p><w:r><w:t>{h}</w:t></w:r></w:p></w:tc>' for h in
                ["指标", "单位", "2021年", "2022年", "2023年", "行业平均", "目标值"]) + '</w:tr>']
        for name in ["顾客满意度", "设备故障率", "员工离职率", "营业收入增长率"]:
            vals = [name, "%"] + [f"{random.uniform(1, 99):.1f}" for _ in range(5)]
            rows.append('<w:tr>' + ''.join(f'<w:tc><w:p><w:r><w:t>{v}</w:t></w:r></w:p></w:tc>' for v in vals) + '</w:tr>')
        body.append('<w:tbl>' + ''.join(rows) + '</w:tbl>')
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '</w:styles>').replace('w:styleId="1"', 'w:styleId="Heading1"').replace('w:styleId="2"', 'w:styleId="Heading2"')
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
               '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr('word/document.xml', doc)
    z.writestr('word/styles.xml', styles)
PY

words=$("$Z" count --json "$T/draft.docx" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "draft: $(stat -c %s "$T/draft.docx") bytes, Word's 字数 $words"

# Timestamps from bash itself ($EPOCHREALTIME, microseconds): running date(1) for them would add
# its own start-up (about a millisecond) to every timed import.
secs() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1e6 }'; }
time_import() {
  local t0=${EPOCHREALTIME/[.,]/}
  "$Z" import "$T/draft.docx" -o "$T/out.zpr" --force >/dev/null
  local t1=${EPOCHREALTIME/[.,]/}
  t=$((t1 - t0))
  if [ -z "$best_import" ] || [ "$t" -lt "$best_import" ]; then best_import=$t; fi
}
best_import=
if ! command -v soffice >/dev/null 2>&1; then
  for i in $(seq "$RUNS"); do time_import; done
  echo "zhuoping import: $(secs "$best_import") s (best of $RUNS)"
  echo "soffice not found: LibreOffice comparison skipped"
  exit 0
fi
profile="$T/lo-profile"
# Warm the profile once so the timed runs do not include first-start set-up.
soffice -env:UserInstallation=file://"$profile" --headless --convert-to txt --outdir "$T/lo" "$T/draft.docx" >/dev/null 2>&1 || true
# Three rounds, each one conversion and a third of the imports, so that both sides sample the
# same moments of a shared machine's load; the best of each side is compared.
best_lo=
per_round=$(( (RUNS + 2) / 3 ))
for round in 1 2 3; do
  t0=${EPOCHREALTIME/[.,]/}
  soffice -env:UserInstallation=file://"$profile" --headless --convert-to txt:Text --outdir "$T/lo" "$T/draft.docx" >/dev/null 2>&1
  t1=${EPOCHREALTIME/[.,]/}
  t=$((t1 - t0))
  if [ -z "$best_lo" ] || [ "$t" -lt "$best_lo" ]; then best_lo=$t; fi
  for i in $(seq "$per_round"); do time_import; done
done
echo "zhuoping import: $(secs "$best_import") s (best of $((3 * per_round)))"
echo "soffice --convert-to txt: $(secs "$best_lo") s (best of 3)"
awk -v a="$best_lo" -v b="$best_import" 'BEGIN { printf "ratio: zhuoping import is %.1fx faster than soffice (aim: 50x)\n", a / b }'
