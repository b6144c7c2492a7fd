#!/usr/bin/env bash
# Regenerates every picture under docs/screenshots/ from the bundled sample reports:
#   scripts/screenshots.sh [BUILD_DIR]        (default build/release, as scripts/run builds it)
# The editor pictures come from `zhuoping-gui --screenshot` under a virtual X server at
# 1280×800, in Chinese, with a throw-away settings and recovery directory so that neither your
# preferences nor your recent files leak into them; the PDF picture is a page of
# `zhuoping export` of the Shenzhen sample rendered by pdftoppm at 70 dpi.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-${ZP_BUILD_DIR:-build/release}}
GUI=$BUILD/bin/zhuoping-gui
CLI=$BUILD/bin/zhuoping
for tool in "$GUI" "$CLI"; do
  [ -x "$tool" ] || { echo "error: $tool is missing: build first (scripts/run builds build/release)" >&2; exit 2; }
done
for tool in xvfb-run pdfinfo pdftoppm pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (Debian packages xvfb, poppler-utils, python3)" >&2; exit 2; }
done

SHENZHEN=templates/samples/shenzhen-economic-sample.zpr
BEIJING=templates/samples/beijing-service-sample.zpr
OUT=docs/screenshots
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/config/zhuoping" "$WORK/data"
printf '[ui]\nlanguage=zh_CN\n' >"$WORK/config/zhuoping/settings.ini"

# shot NAME ARGS... : one editor picture; the GUI's own messages are shown only on failure.
shot() {
  local name=$1
  shift
  if ! XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
    xvfb-run -a -s '-screen 0 1280x800x24' "$GUI" --screenshot "$OUT/$name" "$@" 2>"$WORK/stderr"; then
    cat "$WORK/stderr" >&2
    echo "error: the screenshot $name failed" >&2
    exit 1
  fi
  echo "$OUT/$name"
}

# The samples pass every check, so the findings picture uses a draft made from the Shenzhen
# sample with three faults: a misspelt Latin word in 1.1, an indicator of 1.3 without its
# comparison, and 2.2 not written yet.
python3 - "$SHENZHEN" "$WORK/draft.zpr" <<'EOF'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
xml = zin.read('report.xml').decode('utf-8')
def change(pattern, repl):
    global xml
    xml, n = re.subn(pattern, repl, xml, count=1, flags=re.S)
    if n != 1:
        sys.exit('screenshots.sh: the Shenzhen sample no longer holds ' + pattern)
change(r'(三年一次的文化审视)', r'\1（Cultrue Review）')
change(r'(<indicator name="安全事故数量".*?)<comparison.*?</comparison>', r'\1')
change(r'<section clause="2.2">.*?</section>', '<section clause="2.2"/>')
with zipfile.ZipFile(dst, 'w') as zout:
    for info in zin.infolist():  # mimetype stays first and stored
        data = xml.encode('utf-8') if info.filename == 'report.xml' else zin.read(info)
        zout.writestr(info, data, zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED)
EOF

shot editor-process.png --clause 1.1 "$WORK/draft.zpr"
shot editor-results.png --clause 6.3 --block 1 "$SHENZHEN"
shot editor-figure-beijing.png --clause 2.1 --block 1 "$BEIJING"
# The scoring pictures need --page (the scoring panel and the summary).
help=$(xvfb-run -a "$GUI" --help 2>&1 || true)
if grep -q -- '--page' <<<"$help"; then
  shot scoring.png --clause 1.1 --page scoring "$SHENZHEN"
  shot scoring-summary.png --page summary "$SHENZHEN"
fi
# The mapping report a Word draft opens with (the heading-styled Shenzhen test draft).
shot mapping-report.png --page mapping tests/fixtures/docx/styled-shenzhen.docx

# The PDF: the first page holding both an indicator table (表N) and a trend chart (图N…趋势).
"$CLI" export --deterministic -o "$WORK/shenzhen.pdf" "$SHENZHEN" >/dev/null
pages=$(pdfinfo "$WORK/shenzhen.pdf" | awk '/^Pages:/ {print $2}')
page=
for ((p = 1; p <= pages; p++)); do
  text=$(pdftotext -f "$p" -l "$p" "$WORK/shenzhen.pdf" -)
  if grep -q '^表[0-9]' <<<"$text" && grep -q '^图[0-9].*趋势' <<<"$text"; then
    page=$p
    break
  fi
done
[ -n "$page" ] || { echo "error: no page of the Shenzhen sample's PDF has a table and a trend chart" >&2; exit 1; }
pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$WORK/shenzhen.pdf" "$OUT/pdf-results-page"
echo "$OUT/pdf-results-page.png (page $page of $pages)"
