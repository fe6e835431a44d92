/**
 * Robustness: random damage to the seed documents never makes the parsers throw, and each damaged
 * file gives either a record that passes the schema or an error saying why not. The parsers catch
 * their own exceptions and report them as "internal parser error", so these tests also insist that
 * no such error (and no schema failure of a built record) ever appears: either would be a parser bug
 * hidden behind the safety net.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Diagnostic,
  loadDocuments,
  type ParseResult,
  ProjectRecord,
  parseCard,
  parseDescription,
  parseDocument,
} from '../src/records/index.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const SEED_FILES = [
  '000_e8b06d3c13176a02.txt',
  '001_55d751158e8cb670.txt',
  '002_e8d6e0a9bf609506.txt',
  '003_a14aa3d86e50cfa5.txt',
  '004_ccdf29b5c4bd0bf9.txt',
] as const;
const SEED_TEXTS = SEED_FILES.map((file) => readFileSync(`${SEEDS}${file}`, 'utf8'));
const CARD_INDEX = 4;
/** Runs per property; raise it (RECORDS_FC_RUNS=5000) to hunt for bugs, the default keeps the file fast. */
const RUNS = Number(process.env.RECORDS_FC_RUNS) || 120;

/** One change to a document. Positions are taken modulo the current size, so any number is valid. */
type Mutation =
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'replaceLine'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'crlf' }
  | { kind: 'cr' }
  | { kind: 'bom' };

/** Text that is likely to confuse a parser: labels, headers, score lines, odd white space and code points. */
const nasty = fc.constantFrom(
  'Hankekoodi: ',
  'Hankekoodi: S1234',
  'Hankekoodi: A99999',
  'Hankkeen nimi:',
  'Suunnitelman mukainen toteutusaika: Alkaa ja päättyy',
  'Alkaa 31.2.2020 ja päättyy 1.1.0000',
  'Myönnetty EU- ja valtion rahoitus: 9'.padEnd(60, '9'),
  'Y-tunnus: 1234567-8',
  'Yhteyshenkilön sähköpostisoite: (at)(at)',
  '1 Hanke',
  '4.1 Varsinaiset kohderyhmät',
  '8.2 Kestävä kehitys',
  '9 Loppuraportin tiivistelmä',
  'Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa',
  'VälitönVälillinen',
  'Ekologinen kestävyys',
  'Kulttuuriympäristö 99 -99',
  'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ehkä',
  'Hankkeen nimi, S-numero ja toteutusaika',
  'Rahoittaja ja toteutunut julkinen rahoitus , 1 2 3 €',
  'Tuotokset : ;;',
  'kehittä-',
  'https://',
  '-',
  ':',
  '\uFEFF',
  '\r',
  '\u00a0\u202f\u2007',
  '\u2028',
  '\u0000',
  '\ud800',
  '\udfff',
  '🇫🇮',
  'e\u0301',
);

const insertText = fc.oneof(
  nasty,
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\n', '\r', ' ', ':', '-', '1', '.', 'S', 'Kyllä'), maxLength: 12 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('deleteLines' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('replaceLine' as const), at: fc.nat(), text: insertText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertText }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'cr' as const }),
  fc.constant({ kind: 'bom' as const }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

function mutate(text: string, changes: readonly Mutation[]): string {
  let result = text;
  for (const change of changes) {
    const lines = result.split('\n');
    const line = (n: number) => n % lines.length;
    switch (change.kind) {
      case 'deleteLines':
        lines.splice(line(change.at), change.count);
        result = lines.join('\n');
        break;
      case 'duplicateLine':
        lines.splice(line(change.at), 0, lines[line(change.at)] as string);
        result = lines.join('\n');
        break;
      case 'swapLines': {
        const [a, b] = [line(change.a), line(change.b)];
        [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
        result = lines.join('\n');
        break;
      }
      case 'replaceLine':
        lines[line(change.at)] = change.text;
        result = lines.join('\n');
        break;
      case 'truncate':
        result = result.slice(0, change.at % (result.length + 1));
        break;
      case 'insert': {
        const at = change.at % (result.length + 1);
        result = result.slice(0, at) + change.text + result.slice(at);
        break;
      }
      case 'crlf':
        result = result.replace(/\r?\n/g, '\r\n');
        break;
      case 'cr':
        result = result.replace(/\r?\n/g, '\r');
        break;
      case 'bom':
        result = `\uFEFF${result}`;
        break;
    }
  }
  return result;
}

/** Lines as the parsers count them (BOM stripped, any line ending). */
const lineCount = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;

/** Everything a parse result must satisfy, whatever the input. */
function checkResult(result: ParseResult, file: string, text: string): void {
  expect(result.file).toBe(file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const diagnostic of result.diagnostics) {
    expect(Diagnostic.safeParse(diagnostic).success, JSON.stringify(diagnostic)).toBe(true);
    expect(diagnostic.file).toBe(file);
    expect(diagnostic.line).toBeLessThanOrEqual(lineCount(text));
    // The parsers' safety nets: reaching them means a bug, not a bad document.
    expect(diagnostic.message).not.toMatch(/internal parser error|failed validation/);
  }
  if (result.record) {
    const parsed = ProjectRecord.safeParse(result.record);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(errors).toEqual([]);
    expect(result.code).toBe(result.record.code);
    expect(result.record.sources).toHaveLength(1);
    expect(result.record.sources[0]?.file).toBe(file);
    expect(result.record.sources[0]?.line).toBeLessThanOrEqual(lineCount(text));
  } else {
    expect(errors.length).toBeGreaterThan(0);
  }
}

describe('parsers on damaged seeds', () => {
  SEED_FILES.forEach((seed, index) => {
    it(`never throw on a damaged ${seed}, and give a valid record or an error`, () => {
      const parse = index === CARD_INDEX ? parseCard : parseDescription;
      fc.assert(
        fc.property(mutations, (changes) => {
          const text = mutate(SEED_TEXTS[index] as string, changes);
          checkResult(parse(text, 'mutated.txt'), 'mutated.txt', text);
          checkResult(parseDocument(text, 'mutated.txt'), 'mutated.txt', text);
        }),
        { numRuns: RUNS },
      );
    });
  });

  it('the damage functions really damage (sanity check of the generator)', () => {
    const text = SEED_TEXTS[0] as string;
    expect(mutate(text, [{ kind: 'truncate', at: 10 }])).toBe(text.slice(0, 10));
    expect(mutate(text, [{ kind: 'deleteLines', at: 6, count: 1 }])).not.toContain('Hankekoodi');
    expect(mutate('a\nb', [{ kind: 'swapLines', a: 0, b: 1 }])).toBe('b\na');
    expect(mutate('a\nb', [{ kind: 'crlf' }])).toBe('a\r\nb');
    // Deleting the code line leaves a description without a code: an error, no record.
    const noCode = parseDescription(mutate(text, [{ kind: 'deleteLines', at: 6, count: 1 }]), 'x.txt');
    expect(noCode.record).toBeNull();
    expect(noCode.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('one garbled line costs at most that field: the other fields and the sections survive', () => {
    // Replacing the "Hankkeen nimi" line of seed 000 (line 9) by random text leaves the rest intact.
    // (A line that is itself a section header does move the lines after it, so only random text here.)
    const junkLine = fc
      .oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
      .filter((s) => !/[\r\n]/.test(s));
    const text = SEED_TEXTS[0] as string;
    const clean = parseDescription(text, 'x.txt').record as ProjectRecord;
    fc.assert(
      fc.property(junkLine, (junk) => {
        const damaged = parseDescription(mutate(text, [{ kind: 'replaceLine', at: 8, text: junk }]), 'x.txt');
        const record = damaged.record as ProjectRecord;
        expect(record).not.toBeNull();
        expect({ ...record, name: null }).toEqual({ ...clean, name: null });
      }),
      { numRuns: Math.ceil(RUNS * 0.8) },
    );
  });
});

describe('loadDocuments on a damaged batch', () => {
  it('reports every input file and loses no loaded file', () => {
    const batch = fc.array(
      fc.tuple(fc.integer({ min: 0, max: SEED_FILES.length - 1 }), fc.array(mutation, { maxLength: 4 })),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(batch, (items) => {
        const documents = items.map(([seed, changes], i) => ({
          file: `dir${i % 2}/doc-${i}.txt`,
          text: mutate(SEED_TEXTS[seed] as string, changes),
        }));
        const { records, files, diagnostics } = loadDocuments(documents);
        expect(files.map((f) => f.file)).toEqual(documents.map((d) => d.file));
        for (const report of files) {
          expect(report.ok).toBe(report.errors.length === 0);
          expect(report.ok).toBe(report.code !== null);
        }
        for (const diagnostic of diagnostics) {
          expect(documents.some((d) => d.file === diagnostic.file)).toBe(true);
          expect(diagnostic.message).not.toMatch(/internal parser error|failed validation/);
        }
        for (const record of records) expect(ProjectRecord.safeParse(record).success).toBe(true);
        // One record per code; every file that gave a record is among the sources of its code's record.
        const codes = records.map((r) => r.code);
        expect(new Set(codes).size).toBe(codes.length);
        const okFiles = files.filter((f) => f.ok);
        expect(new Set(okFiles.map((f) => f.code))).toEqual(new Set(codes));
        // A file left out of the merge is one whose code another, differently named project holds;
        // a warning names it.
        const sources = records.flatMap((r) => r.sources.map((s) => s.file));
        const leftOut = okFiles.map((f) => f.file).filter((file) => !sources.includes(file));
        for (const file of leftOut) {
          expect(diagnostics.some((d) => d.message.includes(`${file} is not used`))).toBe(true);
        }
        expect(sources.sort()).toEqual(
          okFiles
            .map((f) => f.file)
            .filter((f) => !leftOut.includes(f))
            .sort(),
        );
        for (const record of records) {
          for (const source of record.sources) {
            expect(files.find((f) => f.file === source.file)?.code).toBe(record.code);
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
