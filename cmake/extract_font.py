#!/usr/bin/env python3
"""Write one face of a TrueType collection (.ttc) as a standalone .ttf.

PoDoFo 0.9.8 can embed and subset only a standalone TrueType (glyf) font, not a face inside
a .ttc, so the build takes WenQuanYi Micro Hei out of wqy-microhei.ttc with fontTools.
usage: extract_font.py COLLECTION.ttc FACE_INDEX OUT.ttf
"""
import os
import sys

from fontTools.ttLib import TTCollection


def main():
    src, index, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    face = TTCollection(src).fonts[index]
    if "glyf" not in face:
        sys.exit(f"{src}: face {index} has no TrueType outlines (glyf); PoDoFo cannot subset it")
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    # Keep the face's own modification time instead of stamping the build time into the
    # 'head' table, so every build writes the same bytes and deterministic PDFs match
    # across builds and machines.
    face.recalcTimestamp = False
    tmp = out + ".tmp"
    face.save(tmp)
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
