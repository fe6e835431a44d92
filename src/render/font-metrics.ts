/**
 * Text measurement for the charts without a browser: reads the advance widths straight from the bundled
 * font's `cmap` and `hmtx` tables (plain OpenType parsing, no dependency). Kerning and shaping are ignored,
 * which slightly over-estimates widths (kerning pairs are mostly negative) — the safe side for layout.
 */
import { readFileSync } from 'node:fs';

export interface FontMetrics {
  /** Advance width of one code point in font units (falls back to .notdef's advance). */
  advance(codePoint: number): number;
  unitsPerEm: number;
}

interface TableRecord {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, TableRecord> {
  const numTables = view.getUint16(4);
  const out = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    out.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

function need(map: Map<string, TableRecord>, tag: string): TableRecord {
  const t = map.get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return t;
}

/** Returns a code point → glyph id lookup from the best Unicode subtable (format 12, else format 4). */
function cmapLookup(view: DataView, cmapOffset: number): (cp: number) => number {
  const count = view.getUint16(cmapOffset + 2);
  let fmt4: number | null = null;
  let fmt12: number | null = null;
  for (let i = 0; i < count; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmapOffset + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && fmt12 === null) fmt12 = sub;
    if (format === 4 && fmt4 === null) fmt4 = sub;
  }
  if (fmt12 !== null) {
    const sub = fmt12;
    const groups = view.getUint32(sub + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub + 16 + mid * 12;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (fmt4 !== null) {
    const sub = fmt4;
    const segCount = view.getUint16(sub + 6) / 2;
    const endCodes = sub + 14;
    const startCodes = endCodes + segCount * 2 + 2;
    const idDeltas = startCodes + segCount * 2;
    const idRangeOffsets = idDeltas + segCount * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segCount; i++) {
        if (view.getUint16(endCodes + i * 2) < cp) continue;
        const start = view.getUint16(startCodes + i * 2);
        if (start > cp) return 0;
        const delta = view.getInt16(idDeltas + i * 2);
        const rangeOffsetPos = idRangeOffsets + i * 2;
        const rangeOffset = view.getUint16(rangeOffsetPos);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(rangeOffsetPos + rangeOffset + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('font has no Unicode cmap subtable');
}

/** Parses an OpenType/TrueType font's metrics (the file is read once; lookups are cached). */
export function loadFontMetrics(path: string): FontMetrics {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const map = tables(view);
  const unitsPerEm = view.getUint16(need(map, 'head').offset + 18);
  const numberOfHMetrics = view.getUint16(need(map, 'hhea').offset + 34);
  const hmtx = need(map, 'hmtx').offset;
  const glyphOf = cmapLookup(view, need(map, 'cmap').offset);
  const cache = new Map<number, number>();
  const advanceOfGlyph = (glyph: number): number =>
    view.getUint16(hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
  return {
    unitsPerEm,
    advance(cp) {
      let w = cache.get(cp);
      if (w === undefined) {
        w = advanceOfGlyph(glyphOf(cp));
        cache.set(cp, w);
      }
      return w;
    },
  };
}

/** True when the font maps the code point to a real glyph (not .notdef). */
export function hasGlyph(path: string, codePoint: number): boolean {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return cmapLookup(view, need(tables(view), 'cmap').offset)(codePoint) !== 0;
}
