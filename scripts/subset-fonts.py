#!/usr/bin/python3
"""Subset the PDF fonts at build time and rename them as their licences require.

usage: subset-fonts.py --out DIR --family "Shnor Serif L" --prefix ShnorSerifL \
           regular=PATH bold=PATH italic=PATH

Keeps Basic Latin, Latin-1, Cyrillic, general punctuation and a few signs used in
Russian official documents (№, −, ₽, ≤, ≥). libharu embeds every table it copies
whole, so a subset cuts a roadmap PDF from ~116 KB to ~55 KB.

Renaming: the SIL OFL (Liberation, reserved font name «Liberation») and the
ParaType Free Font License («you may not distribute modified version of the font
under the Original name or a combination of Original name with any other words»)
both forbid the original name on a modified font, and a subset is modified. The
copyright (name id 0) and licence (ids 13, 14) records are kept.

Hinting is dropped (PDF viewers and printers do not use TrueType hints; the
glyph instructions are a third of the embedded bytes), but libharu refuses a
font without cvt/fpgm/prep tables, so empty ones are put back.
"""
import argparse
import array
import os
import sys

from fontTools import subset
from fontTools.ttLib.tables.ttProgram import Program as ttProgram
from fontTools.ttLib import TTFont, newTable

RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 supplement (NBSP, soft hyphen, « », §, °, ×)
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # general punctuation (– — ‑ … ‘ ’ “ ” „ • NNBSP)
]
EXTRA = [0x2116, 0x2212, 0x20BD, 0x2264, 0x2265, 0x2192, 0x2191, 0x2193, 0x25A0, 0x25A1]
STYLES = {"regular": "Regular", "bold": "Bold", "italic": "Italic"}


def unicodes():
    cps = set(EXTRA)
    for lo, hi in RANGES:
        cps.update(range(lo, hi + 1))
    return sorted(cps)


def rename(font, family, prefix, style):
    full = f"{family} {style}" if style != "Regular" else family
    names = {1: family, 2: style, 3: f"{prefix}-{style}", 4: full, 6: f"{prefix}-{style}"}
    table = font["name"]
    # Drop records that would still carry the original name (typographic family
    # and subfamily, WWS names, trademark, descriptions naming the original).
    for rec in list(table.names):
        if rec.nameID in (7, 10, 16, 17, 21, 22) or rec.nameID >= 256:
            table.removeNames(nameID=rec.nameID)
    for name_id, text in names.items():
        table.removeNames(nameID=name_id)
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)
    if "CFF " in font:
        raise SystemExit("CFF fonts are not supported")


def add_empty_hinting_tables(font):
    for tag in ("fpgm", "prep"):
        if tag not in font:
            table = newTable(tag)
            table.program = ttProgram()
            table.program.fromBytecode(b"")
            font[tag] = table
    if "cvt " not in font:
        cvt = newTable("cvt ")
        cvt.values = array.array("h", [0])
        font["cvt "] = cvt


def subset_one(src, dst, family, prefix, style):
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.layout_features = []  # libharu ignores GSUB/GPOS
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "LTSH", "hdmx", "kern", "FFTM"]
    options.notdef_outline = True
    options.recalc_timestamp = False  # reproducible builds
    font = TTFont(src)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes())
    sub.subset(font)
    rename(font, family, prefix, style)
    add_empty_hinting_tables(font)
    tmp = dst + ".tmp"
    font.save(tmp)
    os.replace(tmp, dst)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--family", required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("fonts", nargs="+", help="style=path")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for item in args.fonts:
        key, _, path = item.partition("=")
        if key not in STYLES or not path:
            sys.exit(f"subset-fonts: bad argument {item!r}, expected regular|bold|italic=PATH")
        style = STYLES[key]
        dst = os.path.join(args.out, f"{args.prefix}-{style}.ttf")
        subset_one(path, dst, args.family, args.prefix, style)


if __name__ == "__main__":
    main()
