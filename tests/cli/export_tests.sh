#!/usr/bin/env bash
# End-to-end tests of `zhuoping export`: the PDF it writes (text, fonts, info), refusal over
# the length limit, the draft, characters beyond the BMP, and its exit statuses.
# usage: export_tests.sh PATH/TO/zhuoping SOURCE_DIR
set -u
Z=$1
. "$(dirname "$0")/lib.sh"
export XDG_DATA_HOME=$T/data
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z

expect_true() {  # expect_true NAME COMMAND...
  local name=$1
  shift
  if "$@"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name"
  fi
}

# fill IN.zpr OUT.zpr CHARS_PER_SECTION [EXTRA]: a copy with a paragraph in every section.
fill() {
  python3 - "$@" <<'PY'
import sys, zipfile
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
extra = sys.argv[4] if len(sys.argv) > 4 else ""
base = "公司坚持以顾客为中心，通过ISO 9001认证，顾客满意度达到92.5%。"
with zipfile.ZipFile(src) as z:
    xml = z.read("report.xml").decode()
    names = [i for i in z.namelist() if i not in ("mimetype", "report.xml")]
    others = {i: z.read(i) for i in names}
import re
def para(m):
    text = (base * (n // len(base) + 1))[:n] + extra
    return '<section clause="%s"><p><r>%s</r></p></section>' % (m.group(1), text)
xml = re.sub(r'<section clause="([^"]+)"/>', para, xml)
with zipfile.ZipFile(dst, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.zhuoping.report+zip")
    z.writestr("report.xml", xml, compress_type=zipfile.ZIP_DEFLATED)
    for k, v in others.items():
        z.writestr(k, v)
PY
}

check "help export" 0 "$Z" export --help
check "export without output" 2 "$Z" export "$T/none.zpr"
check "export missing file" 2 "$Z" export -o "$T/x.pdf" "$T/none.zpr"

check "new" 0 "$Z" new --standard shenzhen-2019-economic --org 深圳市示例精密制造有限公司 --title 2024年度自评报告 -o "$T/new.zpr"
fill "$T/new.zpr" "$T/short.zpr" 300

# A submission: text, fonts, info.
check "export short" 0 "$Z" export --deterministic -o "$T/short.pdf" "$T/short.zpr"
expect_in "export says where" "$T/out" "short.pdf"
pdftotext -raw -enc UTF-8 "$T/short.pdf" "$T/short.txt"
expect_in "cover organisation" "$T/short.txt" "深圳市示例精密制造有限公司"
expect_in "contents" "$T/short.txt" "目 录"
expect_in "body text" "$T/short.txt" "顾客满意度达到92.5%"
expect_in "heading" "$T/short.txt" "6.3 高质量运营的结果"
pdffonts "$T/short.pdf" >"$T/fonts"
expect_in "font embedded and subset" "$T/fonts" "CID TrueType      Identity-H       yes yes yes"
pdfinfo "$T/short.pdf" >"$T/info"
expect_in "info title" "$T/info" "2024年度自评报告"
expect_in "info author" "$T/info" "深圳市示例精密制造有限公司"
expect_in "info creator" "$T/info" "Zhuoping"
expect_in "A4" "$T/info" "(A4)"
check "export again" 0 "$Z" export --deterministic -o "$T/short2.pdf" "$T/short.zpr"
expect_true "deterministic bytes" cmp -s "$T/short.pdf" "$T/short2.pdf"

# Over the 30,000 字 limit: refused with the count, the limit and what to cut.
fill "$T/new.zpr" "$T/long.zpr" 2200
check "over the limit refused" 1 "$Z" export -o "$T/long.pdf" "$T/long.zpr"
expect_in "refusal count" "$T/err" "over the limit of 30,000"
expect_in "refusal what to cut" "$T/err" "fair share"
expect_true "no PDF when refused" test ! -e "$T/long.pdf"
check "draft over the limit" 0 "$Z" export --draft --deterministic -o "$T/draft.pdf" "$T/long.zpr"
pdftotext -enc UTF-8 "$T/draft.pdf" "$T/draft.txt"
expect_in "draft appendix" "$T/draft.txt" "检查结果"
expect_in "draft is a draft" "$T/out" "draft"

# A character beyond the Basic Multilingual Plane: refused, or replaced in a draft.
fill "$T/new.zpr" "$T/astral.zpr" 100 "𠀀"
check "beyond BMP refused" 1 "$Z" export -o "$T/astral.pdf" "$T/astral.zpr"
expect_in "beyond BMP named" "$T/err" "U+20000"
check "beyond BMP in a draft" 0 "$Z" export --draft -o "$T/astral.pdf" "$T/astral.zpr"
expect_in "beyond BMP warned" "$T/err" "U+20000"

# The font and the output file.
ZHUOPING_FONT=$T/none.ttf check "missing font" 2 "$Z" export -o "$T/f.pdf" "$T/short.zpr"
expect_in "missing font named" "$T/err" "ZHUOPING_FONT"
check "unwritable output" 2 "$Z" export -o "$T/no/such/dir/x.pdf" "$T/short.zpr"


# The build's font extraction is reproducible: two runs give the same bytes (no build
# timestamp in the font), so deterministic PDFs match across builds.
TTC=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ -f "$TTC" ] && /usr/bin/python3 -c 'import fontTools' 2>/dev/null; then
  /usr/bin/python3 "$2/cmake/extract_font.py" "$TTC" 0 "$T/f1.ttf"
  sleep 1
  /usr/bin/python3 "$2/cmake/extract_font.py" "$TTC" 0 "$T/f2.ttf"
  check "font extraction is reproducible" 0 cmp "$T/f1.ttf" "$T/f2.ttf"
fi
