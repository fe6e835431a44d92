/**
 * How the description parser recognises its fixed words — section headers, labels, the location
 * heading, the 8.2 groups and criteria — in any letter case and with stray white space, and the
 * string facts its shortcuts rely on (which characters are white space, that lower-casing keeps a
 * string's length but for "İ").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParseResult, type ProjectRecord, parseDescription } from '../src/records/index.ts';
import { isWhiteSpace, squeeze } from '../src/records/values.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const KAKE = readFileSync(`${SEEDS}000_e8b06d3c13176a02.txt`, 'utf8');
const seed = parseDescription(KAKE, 'x.txt').record as ProjectRecord;

function parsed(text: string): ParseResult & { record: ProjectRecord } {
  const result = parseDescription(text, 'x.txt');
  expect(result.record, JSON.stringify(result.diagnostics)).not.toBeNull();
  return result as ParseResult & { record: ProjectRecord };
}

describe('section headers', () => {
  it('are recognised in any letter case and with extra white space', () => {
    const text = KAKE.replace('\n8.2 Kestävä kehitys\n', '\n  8.2   KESTÄVÄ kehitys \n').replace(
      '\n6 Maantieteellinen kohdealue\n',
      '\n6\u00a0maantieteellinen KOHDEALUE\n',
    );
    const { record, diagnostics } = parsed(text);
    expect(diagnostics).toEqual([]);
    expect(record).toEqual(seed);
  });

  it('a line that only starts like a header is text', () => {
    const text = KAKE.replace(
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.',
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.\n8 Kestävä kehitys',
    );
    const { record } = parsed(text);
    expect(record.sustainability[0]?.note).toBe(
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.\n8 Kestävä kehitys',
    );
  });
});

describe('labels', () => {
  it('are read with white space of any kind around them', () => {
    const text = KAKE.replace('Hankekoodi: S21154', ' \tHankekoodi\u00a0 : S21154')
      .replace('Hankkeen nimi: Joensuun KAKE 2.0', 'Hankkeen nimi\u202f:Joensuun KAKE 2.0')
      .replace('Toiminnan tila: Toiminta päättynyt', '\u3000Toiminnan tila:   Toiminta päättynyt  ');
    const { record, diagnostics } = parsed(text);
    expect(diagnostics).toEqual([]);
    expect(record).toEqual(seed);
  });

  it('must be spelled exactly: another word before the colon is text', () => {
    const text = KAKE.replace('Toiminnan tila: Toiminta päättynyt', 'Toiminnan tilat: Toiminta päättynyt');
    const { record, diagnostics } = parsed(text);
    expect(record.status).toBeNull();
    expect(diagnostics.map((d) => d.message)).toEqual(['field "Toiminnan tila" is missing']);
  });
});

describe('the location heading', () => {
  it('is found with extra white space, and its address is read', () => {
    const text = KAKE.replace(
      'Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa\n\nJakeluosoite:\n\nPostinumero:\n\nPostitoimipaikka:',
      ' Toteutuspaikan  osoite,\tjos hanke toteutetaan yhdessä paikassa \n\nJakeluosoite: Kauppakatu 1\n\nPostinumero: 80100\n\nPostitoimipaikka: Joensuu',
    );
    const { record, diagnostics } = parsed(text);
    expect(diagnostics).toEqual([]);
    expect(record.location).toEqual({ street: 'Kauppakatu 1', postcode: '80100', city: 'Joensuu' });
    expect(record.applicant).toEqual(seed.applicant);
  });
});

describe('section 8.2 groups and criteria', () => {
  it('are recognised in any letter case and keep their own spelling in the record', () => {
    const text = KAKE.replace('\nEkologinen kestävyys\n', '\nEKOLOGINEN KESTÄVYYS\n')
      .replace('\nTaloudellinen kestävyys\n', '\ntaloudellinen  kestävyys\n')
      .replace('Luonnonvarojen käytön kestävyys 0 0', 'LUONNONVAROJEN KÄYTÖN KESTÄVYYS 0 0')
      .replace('Kulttuuriympäristö 3 3', 'kulttuuriympäristö 3 3');
    const { record, diagnostics } = parsed(text);
    expect(diagnostics).toEqual([]);
    expect(record.sustainability).toEqual(seed.sustainability);
  });

  it('a criterion under another group is kept, with a warning', () => {
    const text = KAKE.replace(
      'Natura 2000 -ohjelman kohteet 0 0\nNatura 2000-ohjelman kohteet eivät sijaitse hankkeen toteutuspaikassa.\nTaloudellinen kestävyys\n',
      'Taloudellinen kestävyys\nNatura 2000 -ohjelman kohteet 0 0\nNatura 2000-ohjelman kohteet eivät sijaitse hankkeen toteutuspaikassa.\n',
    );
    const { record, diagnostics } = parsed(text);
    expect(record.sustainability).toEqual(seed.sustainability);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'criterion listed under "Taloudellinen kestävyys" instead of "Ekologinen kestävyys"',
    ]);
  });

  it('a short note line is a note, not a group', () => {
    const text = KAKE.replace(
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.',
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.\nEkologinen kestävyys on tärkeää.',
    );
    expect(parsed(text).record.sustainability[0]?.note).toBe(
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.\nEkologinen kestävyys on tärkeää.',
    );
  });
});

describe('string facts the parser relies on', () => {
  it('isWhiteSpace is exactly what \\s matches and trim removes', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const space = /\s/.test(char);
      if (isWhiteSpace(code) !== space || (char.trim() === '') !== space) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('lower-casing keeps the length of every character but "İ"', () => {
    const changed: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (char.toLowerCase().length !== char.length) changed.push(code);
    }
    expect(changed).toEqual([0x130]);
  });

  it('squeeze collapses white space runs to one space and trims, and returns clean text as is', () => {
    const piece = fc.constantFrom(
      'a',
      'ä',
      'B',
      '1',
      ':',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u202f',
      '\u2007',
      '\u3000',
      '\x01',
      '\x85',
      '€',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const expected = text.replace(/\s+/g, ' ').trim();
        expect(squeeze(text)).toBe(expected);
        if (expected === text) expect(squeeze(text)).toBe(text);
      }),
    );
  });
});
