#!/usr/bin/env python3
"""Build step (see builtin_data.cmake): write OUT_DIR/<name>.xml for each built-in standard,
the same XML reduced to what matching headings needs: the root's id, <name>, <short-name>
and the <clauses> tree with every <clause>'s attributes and its <alias> children. Fails when a
standard's id is not its file name (the library relies on it to find a standard unparsed).
usage: standard_outline.py OUT_DIR STANDARD.xml..."""
import os
import sys
import xml.etree.ElementTree as ET


def outline_clause(src, parent):
    c = ET.SubElement(parent, "clause", dict(src.attrib))
    for child in src:
        if child.tag == "alias":
            ET.SubElement(c, "alias").text = child.text
        elif child.tag == "clause":
            outline_clause(child, c)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in sys.argv[2:]:
        root = ET.parse(path).getroot()
        stem = os.path.splitext(os.path.basename(path))[0]
        if root.tag != "standard" or root.get("id") != stem:
            sys.exit(f"{path}: the standard's id is \"{root.get('id')}\"; a built-in standard must be named <id>.xml")
        out = ET.Element("standard", {"id": root.get("id"), "format": root.get("format", "1")})
        for tag in ("name", "short-name"):
            e = root.find(tag)
            if e is not None:
                ET.SubElement(out, tag).text = e.text
        clauses = ET.SubElement(out, "clauses")
        for c in root.find("clauses"):
            if c.tag == "clause":
                outline_clause(c, clauses)
        data = ET.tostring(out, encoding="unicode")
        target = os.path.join(out_dir, os.path.basename(path))
        with open(target + ".tmp", "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + data + "\n")
        os.replace(target + ".tmp", target)


if __name__ == "__main__":
    main()
