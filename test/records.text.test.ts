/**
 * Text sections (the summary, the final report) come out the same whether the parser can take them
 * as written (a slice of the document) or has to join their lines: `joinParagraphs` of the lines.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDescription } from '../src/records/description.ts';
import { joinParagraphs } from '../src/records/values.ts';

const SEED = readFileSync(new URL('../seeds/001_55d751158e8cb670.txt', import.meta.url), 'utf8');
const SUMMARY = '3 Suunnitelman mukainen tiivistelmä toteutuksesta';
const TARGETS = '4 Hankkeen kohderyhmät';

/** The seed with its summary section's lines replaced by `lines`. */
function withSummary(lines: string[], newline = '\n'): string {
  const start = SEED.indexOf(SUMMARY) + SUMMARY.length;
  const end = SEED.indexOf(TARGETS);
  return `${SEED.slice(0, start)}\n${lines.join('\n')}\n${SEED.slice(end)}`.replaceAll('\n', newline);
}

const line = fc.oneof(
  fc.constantFrom(
    '',
    '',
    ' ',
    '\t',
    'Hanke alkoi.',
    ' sisennetty',
    'perässä välilyönti ',
    'a\u00a0b',
    '\ufeff',
    '\u2028',
  ),
  fc.string({ unit: fc.constantFrom('a', 'ä', ' ', '–', '\t', '.'), maxLength: 12 }),
);

describe('text sections', () => {
  it('are the lines joined into paragraphs, written cleanly or not', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const { record } = parseDescription(withSummary(lines, newline), 'summary.txt');
        expect(record?.summary).toBe(joinParagraphs(lines));
      }),
      { numRuns: 1500 },
    );
  });

  it('keep paragraph breaks and leave out blank lines around them', () => {
    const { record } = parseDescription(
      withSummary(['', 'Eka rivi', 'toka rivi', '', 'Uusi kappale.', '', '']),
      'x.txt',
    );
    expect(record?.summary).toBe('Eka rivi\ntoka rivi\n\nUusi kappale.');
  });
});
