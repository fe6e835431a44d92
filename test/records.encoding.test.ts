/**
 * Documents that are not UTF-8, folders with nothing to read or with files of other kinds, and one
 * code used by two different projects: what the loader reads, what it reports, and what `validate`
 * prints and returns.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runValidate, validateReport } from '../src/cli/validate.ts';
import {
  decodeDocument,
  decodeWindows1252,
  listFolder,
  loadDocuments,
  loadFolder,
  parseReadingAhead,
  readAndParse,
} from '../src/records/load.ts';
import type { Diagnostic } from '../src/records/schema.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const SEED_NAMES = readdirSync(SEEDS).sort();
const KAKE = '000_e8b06d3c13176a02.txt';
const KANTO = '001_55d751158e8cb670.txt';
const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'hankebotti-encoding-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

/** A new folder holding `files` (path → text as UTF-8, or bytes). */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = join(scratch, `f${folders++}`);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

/**
 * Windows-1252's bytes 0x80–0x9F by their Unicode code points, as the WHATWG index lists them (the five
 * bytes it leaves undefined are missing).
 */
const CP1252_HIGH: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};
const CP1252_BYTE = new Map(Object.entries(CP1252_HIGH).map(([byte, code]) => [code, Number(byte)]));

/** `text` in Windows-1252, as a Windows tool saves it; a character it cannot hold is a test bug. */
function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0) as number;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = CP1252_BYTE.get(code);
      if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
      return byte;
    }),
  );
}

/** `text` as ISO-8859-1 can hold it: what a Latin-1 export turns the rest into. */
const latin1Text = (text: string) => text.replaceAll('–', '-').replaceAll('€', 'EUR');

const WINDOWS_1252_WARNING =
  'not UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure every letter is right';

const warningOf = (file: string, message: string): Diagnostic => ({
  severity: 'warning',
  file,
  line: 0,
  field: null,
  message,
  found: null,
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F by the Windows-1252 table and every other byte as Latin-1', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const decoded = decodeWindows1252(all);
    expect(decoded).toHaveLength(256);
    for (let byte = 0; byte < 256; byte++) {
      const expected = CP1252_HIGH[byte] ?? byte;
      expect(decoded.codePointAt(byte), `byte 0x${byte.toString(16)}`).toBe(expected);
    }
  });
});

describe('decodeDocument', () => {
  it('keeps valid UTF-8 on the fast path', () => {
    const text = `${seedText(KANTO)}”quoted” – 😀`;
    const { utf16, decoding } = decodeDocument(Buffer.from(text));
    expect(decoding).toEqual({ encoding: 'utf-8' });
    expect(utf16.toString('utf16le')).toBe(text);
  });

  it('reads Finnish in Windows-1252, with € and typographic quotes', () => {
    const text = 'Hankkeen nimi: ”Kansalaisjärjestö” – Åbo’s 1 000 € …\n';
    const { utf16, decoding } = decodeDocument(encodeWindows1252(text));
    expect(decoding).toEqual({ encoding: 'windows-1252' });
    expect(utf16.toString('utf16le')).toBe(text);
  });

  it.each([
    ['UTF-16', Buffer.from('\ufeffHankkeen nimi: Kansalaisjärjestö\n', 'utf16le'), 'it looks like UTF-16', 1],
    [
      'UTF-8 with a Latin-1 line',
      Buffer.concat([
        Buffer.from('Hankkeen nimi: Kansalaisjärjestö\n'),
        Buffer.from('Y-tunnus: ä\n', 'latin1'),
      ]),
      'it is partly UTF-8',
      2,
    ],
    [
      'a binary file',
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0xe4, 0x00, 0x01, 0x02, 0xff]),
      'it has control characters, as a binary file does',
      2,
    ],
    [
      'DOS code page 850 (ä is 0x84, ö 0x94)',
      Buffer.from([...Buffer.from('Kansalaisj'), 0x84, 0x72, 0x6a, 0x65, 0x73, 0x74, 0x94]),
      'read as Windows-1252 it has no ä, ö or å',
      1,
    ],
    [
      'Windows-1251 (Cyrillic)',
      // "Описание проекта" and so on: А–я are 0xC0–0xFF in Windows-1251.
      Buffer.from(
        Array.from('Описание проекта: нужно для жителей деревни\n', (c) =>
          c === ' ' || c === ':' || c === '\n'
            ? c.charCodeAt(0)
            : (c.codePointAt(0) as number) - 0x410 + 0xc0,
        ),
      ),
      'read as Windows-1252 most of its letters outside A–Z are not ä, ö or å',
      1,
    ],
  ])('refuses %s, saying why and where the UTF-8 breaks', (_kind, bytes, reason, line) => {
    const { utf16, decoding } = decodeDocument(bytes);
    expect(utf16.length).toBe(0);
    expect(decoding).toMatchObject({ encoding: null, reason, line });
  });
});

describe('loadFolder on documents saved in Windows-1252 or Latin-1', () => {
  // One extra document carries the signs of 0x80–0x9F a Windows tool writes.
  const quoted = seedText(KANTO).replace(
    'Hankkeen nimi: KANTO Kansalaistoimijalähtöisen kehittämisen koordinaatio- ja viestintähanke',
    'Hankkeen nimi: KANTO ”Kansalaistoimijalähtöisen” kehittämisen – ‘koordinaatio’ … hanke',
  );
  const originals = {
    ...Object.fromEntries(SEED_NAMES.map((name) => [name, seedText(name)])),
    'quoted/kanto.txt': quoted.replace('S22786', 'S22787'),
  };
  const utf8 = folderWith(originals);
  const cp1252 = folderWith(
    Object.fromEntries(Object.entries(originals).map(([file, text]) => [file, encodeWindows1252(text)])),
  );
  const latin1Originals = Object.fromEntries(SEED_NAMES.map((name) => [name, latin1Text(seedText(name))]));
  const latin1 = folderWith(
    Object.fromEntries(
      Object.entries(latin1Originals).map(([file, text]) => [file, Buffer.from(text, 'latin1')]),
    ),
  );

  it('Windows-1252 copies of the seeds give the same records, each file with one warning', async () => {
    const expected = await loadFolder(utf8);
    expect(expected.diagnostics).toEqual([]);
    expect(expected.records).toHaveLength(5);
    const loaded = await loadFolder(cp1252);
    expect(loaded.records).toEqual(expected.records);
    expect(loaded.records.find((r) => r.code === 'S22787')?.name).toBe(
      'KANTO ”Kansalaistoimijalähtöisen” kehittämisen – ‘koordinaatio’ … hanke',
    );
    expect(loaded.diagnostics).toEqual(
      Object.keys(originals)
        .sort()
        .map((file) => warningOf(file, WINDOWS_1252_WARNING)),
    );
    expect(loaded.files).toEqual(
      expected.files.map((report) => ({
        ...report,
        warnings: [{ line: 0, field: null, message: WINDOWS_1252_WARNING, found: null }],
      })),
    );
    expect(loaded.folder).toEqual([]);
  });

  it('Latin-1 copies of the seeds give the records of the same text in UTF-8', async () => {
    const loaded = await loadFolder(latin1);
    expect(loaded.records).toEqual((await loadFolder(folderWith(latin1Originals))).records);
    expect(loaded.records.find((r) => r.code === 'S22786')?.applicant.orgType).toBe('Kansalaisjärjestö');
    expect(loaded.records.find((r) => r.code === 'S22786')?.contact.name).toBe('Anne Pyykkönen');
    expect(loaded.diagnostics.map((d) => [d.file, d.message])).toEqual(
      SEED_NAMES.map((file) => [file, WINDOWS_1252_WARNING]),
    );
  });

  it('reading ahead in the worker gives the same results', async () => {
    for (const dir of [cp1252, latin1]) {
      expect(await loadFolder(dir, { readAhead: true })).toEqual(await loadFolder(dir, { readAhead: false }));
    }
    // Forty times over, in claims of one, so that the worker reads a good share of them.
    const { documents } = await listFolder(cp1252);
    const many = Array.from({ length: 40 }, () => documents).flat();
    expect(await parseReadingAhead(cp1252, many, { claim: 1 })).toEqual(readAndParse(cp1252, many));
  });
});

describe('loadFolder on a file that is neither UTF-8 nor Windows-1252', () => {
  const kanto = seedText(KANTO);
  const lines = kanto.split('\n').length;
  const dir = folderWith({
    'good.txt': seedText(KAKE),
    'mixed.txt': Buffer.concat([Buffer.from(kanto), Buffer.from('Lisätieto: järjestö\n', 'latin1')]),
    'utf16.txt': Buffer.from(`\ufeff${kanto}`, 'utf16le'),
  });

  it('is an error naming the reason and the line, and every other file still loads', async () => {
    const loaded = await loadFolder(dir);
    expect(loaded.records.map((r) => r.code)).toEqual(['S21154']);
    expect(loaded.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'mixed.txt',
        line: lines,
        field: null,
        message: 'not UTF-8 or Windows-1252 text: it is partly UTF-8; save it as UTF-8',
        found: '0xE4 0x74 0x69 0x65',
      },
      {
        severity: 'error',
        file: 'utf16.txt',
        line: 1,
        field: null,
        message: 'not UTF-8 or Windows-1252 text: it looks like UTF-16; save it as UTF-8',
        found: '0xFF 0xFE 0x45 0x00',
      },
    ]);
    expect(loaded.files.map((f) => [f.file, f.ok])).toEqual([
      ['good.txt', true],
      ['mixed.txt', false],
      ['utf16.txt', false],
    ]);
    expect(await loadFolder(dir, { readAhead: true })).toEqual(loaded);
  });
});

describe('listFolder and loadFolder on what a folder holds besides documents', () => {
  const skippedReport = (file: string, message: string) => ({
    file,
    ok: true,
    code: null,
    kind: null,
    errors: [],
    warnings: [{ line: 0, field: null, message, found: null }],
    skipped: true,
  });
  const WORD = (name: string) =>
    `a word-processor document is not read; save it as plain text (UTF-8) first, e.g. \`soffice --headless --convert-to "txt:Text (encoded):UTF8" ${name}\``;
  const SPREADSHEET =
    'a spreadsheet is not read; only project descriptions and project cards saved as .txt are';
  const JUNK = {
    '.DS_Store': 'x',
    'kanto.txt~': 'x',
    '~$raportti.docx': 'x',
    '#kanto.txt#': 'x',
    'Thumbs.db': 'x',
    'vanha.bak': 'x',
    '.git/config': 'x',
    '.hidden/kanto.txt': seedText(KANTO),
    'sub/.hidden.txt': seedText(KANTO),
  };

  it('lists a PDF, Word and spreadsheet files as skipped, each with what to do; ignores hidden files and junk', async () => {
    const dir = folderWith({
      ...JUNK,
      'kake.txt': seedText(KAKE),
      'hanke.pdf': '%PDF-1.4',
      'kortit/kortti 2.PDF': '%PDF-1.4',
      'raportti.docx': 'x',
      'vanha.doc': 'x',
      'kuvaus.rtf': 'x',
      'muistio.odt': 'x',
      'taulukko.xlsx': 'x',
      LUEMINUT: 'x',
    });
    const loaded = await loadFolder(dir);
    expect(loaded.records.map((r) => r.code)).toEqual(['S21154']);
    expect(loaded.folder).toEqual([]);
    expect(loaded.files).toEqual([
      skippedReport(
        'LUEMINUT',
        'not a .txt file, so not read; save a project description or card as plain text with the .txt extension',
      ),
      skippedReport(
        'hanke.pdf',
        'PDF is not read yet; convert it to text first, e.g. `pdftotext -layout hanke.pdf`',
      ),
      { file: 'kake.txt', ok: true, code: 'S21154', kind: 'description', errors: [], warnings: [] },
      skippedReport(
        'kortit/kortti 2.PDF',
        "PDF is not read yet; convert it to text first, e.g. `pdftotext -layout 'kortti 2.PDF'`",
      ),
      skippedReport('kuvaus.rtf', WORD('kuvaus.rtf')),
      skippedReport('muistio.odt', WORD('muistio.odt')),
      skippedReport('raportti.docx', WORD('raportti.docx')),
      skippedReport('taulukko.xlsx', SPREADSHEET),
      skippedReport('vanha.doc', WORD('vanha.doc')),
    ]);
    expect(loaded.diagnostics.map((d) => [d.severity, d.file])).toEqual(
      loaded.files.filter((f) => f.skipped).map((f) => ['warning', f.file]),
    );
    expect(await listFolder(dir)).toMatchObject({ documents: ['kake.txt'] });
  });

  it('warns about a folder with no documents, also when it holds only junk or other kinds', async () => {
    const empty = await loadFolder(folderWith({}));
    const noDocuments = warningOf(
      '.',
      'no documents: the folder has no .txt files, so no project would be served',
    );
    expect(empty).toEqual({ records: [], diagnostics: [noDocuments], files: [], folder: [noDocuments] });
    expect((await loadFolder(folderWith(JUNK))).folder).toEqual([noDocuments]);
    const onlyPdf = await loadFolder(folderWith({ 'hanke.pdf': '%PDF-1.4' }));
    expect(onlyPdf.folder).toEqual([
      warningOf(
        '.',
        'no documents: the folder has no .txt files, so no project would be served (1 other file is skipped)',
      ),
    ]);
    expect(onlyPdf.files.map((f) => f.file)).toEqual(['hanke.pdf']);
    expect(loadDocuments([]).folder).toEqual([noDocuments]);
    expect(loadDocuments([{ file: 'kake.txt', text: seedText(KAKE) }]).folder).toEqual([]);
  });
});

describe('validate', () => {
  let out = '';
  const capture = () => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
  };
  afterEach(() => vi.restoreAllMocks());

  it('fails on a folder with no documents, saying so in the report and in --json', async () => {
    const dir = folderWith({ 'hanke.pdf': '%PDF-1.4', '.DS_Store': 'x' });
    capture();
    expect(await runValidate(dir, { json: true })).toBe(1);
    const report = JSON.parse(out);
    expect(report.projects).toBe(0);
    expect(report.errors).toEqual([
      {
        line: 0,
        field: null,
        message:
          'no documents: the folder has no .txt files, so no project would be served (1 other file is skipped)',
        found: null,
      },
    ]);
    expect(report.files).toEqual([
      {
        file: 'hanke.pdf',
        ok: true,
        code: null,
        kind: null,
        errors: [],
        warnings: [
          {
            line: 0,
            field: null,
            message: 'PDF is not read yet; convert it to text first, e.g. `pdftotext -layout hanke.pdf`',
            found: null,
          },
        ],
        skipped: true,
      },
    ]);
    capture();
    expect(await runValidate(folderWith({}), { json: false })).toBe(1);
    expect(out).toContain('ERROR the folder: no documents: the folder has no .txt files');
  });

  it('passes a folder whose documents are fine beside a skipped PDF, listing the PDF', async () => {
    const dir = folderWith({ 'kake.txt': seedText(KAKE), 'hanke.pdf': '%PDF-1.4' });
    capture();
    expect(await runValidate(dir, { json: false })).toBe(0);
    expect(out).toMatch(/^skip {2}hanke\.pdf\n {6}warning: file PDF is not read yet/m);
    expect(out).toContain('1 file, 1 skipped, 1 project; 0 files with errors, 1 warning');
    capture();
    expect(await runValidate(dir, { json: true })).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      projects: 1,
      errors: [],
      files: [
        { file: 'hanke.pdf', skipped: true },
        { file: 'kake.txt', ok: true },
      ],
    });
  });

  it('reports a Windows-1252 file as a warning and an undecodable one as an error', async () => {
    const dir = folderWith({
      'kake.txt': encodeWindows1252(seedText(KAKE)),
      'utf16.txt': Buffer.from(seedText(KANTO), 'utf16le'),
    });
    const { files, records, folder } = await loadFolder(dir);
    const text = validateReport(files, records.length, folder);
    expect(text).toContain(
      `warn  kake.txt  S21154 (description)\n      warning: file ${WINDOWS_1252_WARNING}`,
    );
    // The first ä of the file, in "Kansalaistoimijalähtöisen".
    expect(text).toContain(
      'ERROR utf16.txt\n      error: line 9 not UTF-8 or Windows-1252 text: it looks like UTF-16; save it as UTF-8 (found "0xE4 0x00 0x68 0x00")',
    );
    capture();
    expect(await runValidate(dir, { json: false })).toBe(1);
  });
});

describe('one code, two projects', () => {
  const kanto = seedText(KANTO);
  const name = 'KANTO Kansalaistoimijalähtöisen kehittämisen koordinaatio- ja viestintähanke';
  // The more complete one lacks the contact's phone; the other, a different project, has it.
  const withoutPhone = kanto.replace(/^(Yhteyshenkilön puhelinnumero:).*$/m, '$1');
  const other = kanto
    .replace(name, 'Toinen hanke')
    .replace(/^(Y-tunnus:|WWW-osoite:|Jakeluosoite:).*$/gm, '$1');

  it('warns naming both files and both names, and keeps only the more complete project', () => {
    expect(withoutPhone).not.toBe(kanto);
    expect(other).toContain('\nY-tunnus:\n');
    const { records, diagnostics, files } = loadDocuments([
      { file: 'b-other.txt', text: other },
      { file: 'a-kanto.txt', text: withoutPhone },
    ]);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.name).toBe(name);
    // Not filled from the other project: its phone is not this project's.
    expect(record?.contact.phone).toBeNull();
    expect(record?.sources.map((s) => s.file)).toEqual(['a-kanto.txt']);
    const message = `S22786 is the code of two differently named projects: "${name}" in a-kanto.txt and "Toinen hanke" in b-other.txt; only the more complete (a-kanto.txt) is kept and b-other.txt is not used: check its code`;
    expect(diagnostics).toEqual([
      { severity: 'warning', file: 'b-other.txt', line: 7, field: 'Hankekoodi', message, found: 'S22786' },
    ]);
    expect(files.find((f) => f.file === 'b-other.txt')?.warnings).toEqual([
      { line: 7, field: 'Hankekoodi', message, found: 'S22786' },
    ]);
  });

  it('keeps the generic warning and the merge for the same name written differently', () => {
    const { records, diagnostics } = loadDocuments([
      { file: 'a-kanto.txt', text: withoutPhone },
      { file: 'b-kanto.txt', text: kanto.replace(name, name.toUpperCase().replace(' ja ', ' ja  ')) },
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]?.contact.phone).not.toBeNull();
    expect(records[0]?.sources.map((s) => s.file).sort()).toEqual(['a-kanto.txt', 'b-kanto.txt']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/^S22786 is also described in .*fills its gaps$/);
  });
});
