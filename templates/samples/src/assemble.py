#!/usr/bin/env python3
"""Assemble a sample report's report.xml (format of app/core/model/report.rng) from readable
sources in templates/samples/src/<name>/:

  meta.txt          key: value lines (standard, organisation, title, author, created)
  <clause id>.txt   one file per clause the applicant writes, e.g. 1.1.txt, 0.1.txt
  reviews.txt       reviewers, per scoring unit scores with factor notes, strengths and OFIs
  media/*.png       figures (drawn by figures.py)

Clause files are blocks separated by blank lines:
  plain text                      a paragraph; **bold** marks bold runs
  - item / # item                 a bulleted / numbered list (one item a line)
  !table CAPTION                  a table; then rows "a | b | c", the first row is the header
  !figure FILE.png CAPTION        a figure
  !indicators CAPTION | 2019 2020 2021 2022 2023
  * NAME | UNIT | higher/lower | v2019 v2020 …      an indicator and its values (— for none)
  行业平均 | industry | v…                           a comparison series (industry, benchmark,
  行业标杆 | benchmark | v…                           competitor), values by the same years
  目标 | VALUE                                       the target (optional)
  说明 | TEXT                                        the note (optional)

reviews.txt:
  reviewer NAME | ROLE
  score CLAUSE | REVIEWER | PERCENT
  A | note        (any factor name: A D L I Le T C I)
  + strength
  - opportunity for improvement
  agreed CLAUSE | PERCENT

usage: assemble.py SRC_DIR OUT_report.xml
"""
import os
import re
import sys
from xml.sax.saxutils import escape, quoteattr

KINDS = {"industry": "industry-average", "benchmark": "benchmark", "competitor": "competitor"}
NUM = re.compile(r"^[+-]?\d+(\.\d+)?%?$")


def fail(path, line, msg):
    sys.exit(f"{path}:{line}: {msg}")


def runs(text):
    out = []
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append(f'<r b="1">{escape(part)}</r>' if i % 2 else f"<r>{escape(part)}</r>")
    return "".join(out)


def value(tag, text, year=None):
    attrs = f' year="{year}"' if year else ""
    t = text.replace(",", "")
    if NUM.match(t):
        attrs += f' num="{float(t.rstrip("%"))!r}"'.replace(".0\"", "\"")
    return f"<{tag}{attrs}>{escape(text)}</{tag}>"


def indicators(path, lineno, lines):
    head = lines[0][len("!indicators"):].strip()
    caption, _, years = head.partition("|")
    years = years.split()
    if not years:
        fail(path, lineno, "an indicator table needs its years: !indicators CAPTION | 2019 2020 …")
    out = [f'<indicators caption={quoteattr(caption.strip())} years="{" ".join(years)}">']
    cur = None

    def close():
        if cur is not None:
            out.append(cur["xml"] + "".join(cur["cmp"]) + cur["note"] + "</indicator>")

    for k, line in enumerate(lines[1:], start=lineno + 1):
        cells = [c.strip() for c in line.split("|")]
        if line.startswith("*"):
            close()
            if len(cells) != 4:
                fail(path, k, "indicator line: * NAME | UNIT | higher/lower | values")
            name, unit, direction, vals = cells
            vals = vals.split()
            if len(vals) != len(years):
                fail(path, k, f"{len(vals)} values for {len(years)} years")
            x = f"<indicator name={quoteattr(name[1:].strip())} unit={quoteattr(unit)} direction=\"{direction}\">"
            x += "".join(value("value", v, y) for v, y in zip(vals, years) if v != "—")
            cur = {"xml": x, "cmp": [], "note": ""}
        elif cur is None:
            fail(path, k, "a comparison, target or note before the first indicator")
        elif cells[0] == "目标":
            cur["xml"] += value("target", cells[1])
        elif cells[0] == "说明":
            cur["note"] = f"<note>{escape(cells[1])}</note>"
        else:
            if len(cells) != 3 or cells[1] not in KINDS:
                fail(path, k, "comparison line: LABEL | industry/benchmark/competitor | values")
            vals = cells[2].split()
            if len(vals) != len(years):
                fail(path, k, f"{len(vals)} comparison values for {len(years)} years")
            cur["cmp"].append(f'<comparison kind="{KINDS[cells[1]]}" label={quoteattr(cells[0])}>'
                              + "".join(value("value", v, y) for v, y in zip(vals, years) if v != "—")
                              + "</comparison>")
    close()
    out.append("</indicators>")
    return "".join(out)


def blocks(path):
    text = open(path, encoding="utf-8").read()
    out, lineno = [], 1
    for block in re.split(r"\n\s*\n", text):
        lines = [l.rstrip() for l in block.strip("\n").split("\n") if l.strip()]
        if not lines:
            lineno += block.count("\n") + 2
            continue
        first = lines[0]
        if first.startswith("!table"):
            rows = "".join("<row>" + "".join(f"<cell>{escape(c.strip())}</cell>" for c in l.split("|")) + "</row>"
                           for l in lines[1:])
            out.append(f'<table caption={quoteattr(first[6:].strip())} header-rows="1">{rows}</table>')
        elif first.startswith("!figure"):
            _, media, caption = first.split(None, 2)
            out.append(f'<figure media="{media}" caption={quoteattr(caption)}/>')
        elif first.startswith("!indicators"):
            out.append(indicators(path, lineno, lines))
        elif first.startswith("- ") or first.startswith("# "):
            ordered = first.startswith("# ")
            items = "".join(f"<item>{runs(l[2:].strip())}</item>" for l in lines)
            out.append(f'<list ordered="{"true" if ordered else "false"}">{items}</list>')
        else:
            for l in lines:
                out.append(f"<p>{runs(l.strip())}</p>")
        lineno += block.count("\n") + 2
    return out


def reviews(path):
    reviewers, scores, agreed = [], [], []
    cur = None
    for k, raw in enumerate(open(path, encoding="utf-8"), start=1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if line.startswith("reviewer "):
            reviewers.append(f'<reviewer name={quoteattr(cells[0][9:].strip())} role="{cells[1]}"/>')
        elif line.startswith("score "):
            cur = {"head": f'<score clause="{cells[0][6:].strip()}" reviewer={quoteattr(cells[1])} percent="{cells[2]}">',
                   "f": [], "s": [], "o": []}
            scores.append(cur)
        elif line.startswith("agreed "):
            agreed.append(f'<agreed clause="{cells[0][7:].strip()}" percent="{cells[1]}"/>')
        elif cur is None:
            fail(path, k, "a note before the first score")
        elif line.startswith("+"):
            cur["s"].append(f"<strength>{escape(line[1:].strip())}</strength>")
        elif line.startswith("-"):
            cur["o"].append(f"<ofi>{escape(line[1:].strip())}</ofi>")
        elif len(cells) == 2:
            cur["f"].append(f'<factor name="{cells[0]}">{escape(cells[1])}</factor>')
        else:
            fail(path, k, "expected 'FACTOR | note', '+ strength' or '- ofi'")
    body = "".join(reviewers)
    body += "".join(s["head"] + "".join(s["f"] + s["s"] + s["o"]) + "</score>" for s in scores)
    body += "".join(agreed)
    return f"<reviews>{body}</reviews>"


def clause_key(name):
    return [int(x) for x in name[:-4].split(".")]


def main(src, out):
    meta = dict(l.split(":", 1) for l in open(os.path.join(src, "meta.txt"), encoding="utf-8") if ":" in l)
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         f'<report xmlns="urn:zhuoping:report" format="1" standard="{meta["standard"]}">',
         "<meta>" + "".join(f"<{k}>{escape(meta[k])}</{k}>" for k in
                            ("organisation", "title", "author", "created", "modified", "generator", "language") if k in meta)
         + "</meta>"]
    files = sorted((f for f in os.listdir(src) if re.match(r"^\d+(\.\d+)*\.txt$", f)), key=clause_key)
    for f in files:
        x.append(f'<section clause="{f[:-4]}">' + "".join(blocks(os.path.join(src, f))) + "</section>")
    media = sorted(os.listdir(os.path.join(src, "media"))) if os.path.isdir(os.path.join(src, "media")) else []
    if media:
        x.append("<media-list>" + "".join(f'<media id="{m}" type="image/png"/>' for m in media) + "</media-list>")
    if os.path.exists(os.path.join(src, "reviews.txt")):
        x.append(reviews(os.path.join(src, "reviews.txt")))
    x.append("</report>")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(x) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
