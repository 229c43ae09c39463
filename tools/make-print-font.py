#!/usr/bin/python3
"""Makes the print font: a copy of a DejaVu Sans face without its TrueType
hinting programs, under its own family name. Run by the build (ui/print/).

Why: when Qt embeds a font in a PDF it loads every glyph hinted at the em
size, so FreeType runs the font's hinting programs once per glyph and per
PDF file, a tenth of a printed compact's time (docs/performance.md). A PDF
has no use for them. fontTools (Debian's python3-fonttools) does the work;
this script only chooses its options and the names.

The DejaVu fonts' licence lets a changed copy be given out under a new name;
the copyright and licence records of the font are kept.

    make-print-font.py SOURCE.ttf OUT.ttf "Family Name"
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def main(source: str, out: str, family: str) -> None:
    font = TTFont(source)
    options = subset.Options()
    options.hinting = False  # drops fpgm, prep, cvt and every glyph's program
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.legacy_kern = True
    options.drop_tables = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())  # every character
    subsetter.subset(font)

    style = font["name"].getDebugName(2)  # "Book", "Bold"
    regular = style == "Book"
    for record in font["name"].names:
        if record.nameID in (1, 16):  # family, typographic family
            record.string = family
        elif record.nameID in (3, 4):  # unique name, full name
            record.string = family if regular else f"{family} {style}"
        elif record.nameID == 6:  # PostScript name
            record.string = family.replace(" ", "") + ("" if regular else f"-{style}")
    font.save(out)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: make-print-font.py SOURCE.ttf OUT.ttf FAMILY")
    main(*sys.argv[1:])
