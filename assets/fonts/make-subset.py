#!/usr/bin/env python3
"""Builds the bundled chart font, Hankebotti Sans, from Source Sans 3 (SIL OFL 1.1).

Not run by the build or CI: the two output .otf files are committed. Re-run by hand only to change the
character set. Why a subset: resvg re-parses the font for every glyph it outlines, and with the full
Source Sans 3 (330 kB per weight) that made text layout ~3x slower than with this subset (~60 kB).

Because "Source" is a Reserved Font Name under the OFL, a modified version (a subset is one) must not
be called "Source ...": the family is renamed to "Hankebotti Sans"; the copyright notice and licence
are kept (name IDs 0, 7, 13, 14), and the result stays under the OFL (see OFL.txt beside this script).

Usage (needs Debian's python3-fonttools, or `pip install fonttools`):
    npm pack source-sans@3.52.0 && tar xzf source-sans-3.52.0.tgz
    /usr/bin/python3 assets/fonts/make-subset.py package/OTF assets/fonts
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = 'Hankebotti Sans'
WEIGHTS = {'Regular': 'Regular', 'Semibold': 'Semibold'}
# Latin with Latin Extended-A/B (Finnish, Swedish, Sami, other European languages), combining marks,
# general punctuation incl. the narrow no-break space, €, ™, №, −. Greek, Cyrillic and Vietnamese are
# left out: every extra kilobyte slows resvg down (see above).
UNICODES = (
    'U+0020-007E,U+00A0-024F,U+0259,U+02B9-02DD,U+0300-036F,'
    'U+2010-2027,U+202F-203A,U+2044,U+20AC,U+2116,U+2122,U+2190-2193,U+2212'
)
KEEP_NAME_IDS = {0, 5, 7, 8, 9, 11, 13, 14}


def build(src_dir: Path, out_dir: Path, weight: str) -> Path:
    font = TTFont(src_dir / f'SourceSans3-{weight}.otf')
    options = subset.Options()
    options.name_IDs = sorted(KEEP_NAME_IDS)
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)

    style = WEIGHTS[weight]
    ps_name = f'{FAMILY.replace(" ", "")}-{style}'
    full = f'{FAMILY} {style}' if style != 'Regular' else f'{FAMILY} Regular'
    legacy_family = FAMILY if style == 'Regular' else f'{FAMILY} {style}'
    names = font['name']
    names.names = [n for n in names.names if n.nameID in KEEP_NAME_IDS]
    for name_id, value in {
        1: legacy_family,
        2: 'Regular',
        3: f'{ps_name};subset of Source Sans 3 3.052',
        4: full,
        6: ps_name,
        10: 'Subset of Source Sans 3 by Adobe, renamed as the SIL OFL 1.1 Reserved Font Name clause requires.',
        16: FAMILY,
        17: style,
    }.items():
        names.setName(value, name_id, 3, 1, 0x409)
    cff = font['CFF '].cff
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = full
    top.FamilyName = FAMILY
    out = out_dir / f'{ps_name}.otf'
    font.save(out)
    return out


if __name__ == '__main__':
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    for w in WEIGHTS:
        print(build(src, dst, w))
