#!/usr/bin/env bash
# The PDF export against LibreOffice, in one run: a 60,000-字 report (beijing-2020) with ten
# indicator tables and their charts is exported by `zhuoping export`, and a .docx of the same
# body is converted by `soffice --headless --convert-to pdf` (skipped when soffice is absent;
# Debian: libreoffice-writer-nogui). Prints both times, their ratio, both file sizes and
# whether the body text extracts identically (pdftotext, whitespace ignored).
# usage: bench/export_bench.sh [BUILD_DIR]   (needs the targets zhuoping and export_bench)
set -eu
B=${1:-build/bench}
Z=$B/bin/zhuoping
E=$B/bench/export_bench
for f in "$Z" "$E"; do
  [ -x "$f" ] || { echo "missing $f: build the targets zhuoping and export_bench in $B" >&2; exit 2; }
done
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ZHUOPING_FIXED_TIME=2024-01-01T00:00:00Z

echo "== in process (Google Benchmark)"
ZP_EXPORT_BENCH_DIR=$T "$E" --benchmark_min_time=0 2>/dev/null | grep BM_

best() {  # best N COMMAND...: "WALL CPU" of the fastest of N runs, in seconds (CPU = user + system of the process tree)
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
n, cmd = int(sys.argv[1]), sys.argv[2:]
best = None
for _ in range(n):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if best is None or wall < best[0]:
        best = (wall, cpu)
print("%.3f %.3f" % best)
PY
}

read -r zt zc <<<"$(best 5 "$Z" export --deterministic -o "$T/zhuoping.pdf" "$T/report.zpr")"
zs=$(stat -c %s "$T/zhuoping.pdf")
zp=$(pdfinfo "$T/zhuoping.pdf" | awk '/^Pages:/ {print $2}')
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times suffer when the machine is busy)"
printf "zhuoping export:      wall %6.3f s  cpu %6.3f s  %9d bytes  %3d pages\n" "$zt" "$zc" "$zs" "$zp"

if ! command -v soffice >/dev/null; then
  echo "soffice not found: LibreOffice comparison skipped (apt-get install libreoffice-writer-nogui)"
  exit 0
fi
profile="-env:UserInstallation=file://$T/lo-profile"
soffice "$profile" --headless --convert-to pdf --outdir "$T/warm" "$T/report.docx" >/dev/null 2>&1 || true  # first start builds the profile
read -r lt lc <<<"$(best 3 soffice "$profile" --headless --convert-to pdf --outdir "$T/lo" "$T/report.docx")"
ls_=$(stat -c %s "$T/lo/report.pdf")
lp=$(pdfinfo "$T/lo/report.pdf" | awk '/^Pages:/ {print $2}')
printf "soffice --convert-to: wall %6.3f s  cpu %6.3f s  %9d bytes  %3d pages (no charts)\n" "$lt" "$lc" "$ls_" "$lp"
python3 -c "import sys; zt, zc, zs, lt, lc, ls = map(float, sys.argv[1:]); print('zhuoping is %.1fx faster (wall), %.1fx (cpu); its file is %.0f%% of LibreOffice\'s' % (lt / zt, lc / zc, 100 * zs / ls))" \
  "$zt" "$zc" "$zs" "$lt" "$lc" "$ls_"

# Text: Zhuoping's body pages without running header and footer, and LibreOffice's whole text,
# against the report's text (the paragraphs of the .docx), whitespace ignored.
pdftotext -raw -enc UTF-8 "$T/zhuoping.pdf" "$T/z.txt"
pdftotext -raw -enc UTF-8 "$T/lo/report.pdf" "$T/l.txt"
python3 - "$T/z.txt" "$T/l.txt" "$T/report.docx" <<'PY'
import re, sys, zipfile
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
body, started = [], False
for i, p in enumerate(pages):
    lines = p.split("\n")
    while lines and not lines[-1]:
        lines.pop()
    if i < 2 or not lines:
        continue
    if not started and re.search(r" \d+$", lines[1] if len(lines) > 1 else ""):
        continue  # a contents page
    started = True
    body.extend(lines[1:-1])
xml = zipfile.ZipFile(sys.argv[3]).read("word/document.xml").decode("utf-8")
unescape = lambda t: t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
want = re.sub(r"\s+", "", "".join(unescape(t) for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
for name, got in (("zhuoping", re.sub(r"\s+", "", "".join(body))),
                  ("libreoffice", re.sub(r"\s+", "", open(sys.argv[2], encoding="utf-8").read()))):
    if got == want:
        print("text %-11s: identical to the report (%d characters without whitespace)" % (name, len(want)))
    else:
        at = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
        print("text %-11s: differs at character %d (%d vs %d): got «%s» want «%s»" %
              (name, at, len(got), len(want), got[max(0, at - 15):at + 25], want[max(0, at - 15):at + 25]))
PY
