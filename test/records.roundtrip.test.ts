/**
 * Printing a record and parsing the print gives the record back: `parseDescription(printDescription(r))`
 * and `parseCard(printCard(r))`. Checked for the seeds and for records built by fast-check. The
 * generators are constrained to what the document formats can express (each constraint is explained
 * where it is made); the parser is not bent to fit the generator.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_LABELS,
  FIELD_LABELS,
  type ParseResult,
  ProjectRecord,
  parseCard,
  parseDescription,
  printCard,
  printDescription,
  projectPageUrl,
} from '../src/records/index.ts';
import {
  EQUALITY_QUESTIONS,
  LOCATION_INTRO,
  SECTIONS,
  SUSTAINABILITY_CRITERIA,
  SUSTAINABILITY_HEADER,
} from '../src/records/labels.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const DESCRIPTIONS = [
  '000_e8b06d3c13176a02.txt',
  '001_55d751158e8cb670.txt',
  '002_e8d6e0a9bf609506.txt',
  '003_a14aa3d86e50cfa5.txt',
];
const CARD = '004_ccdf29b5c4bd0bf9.txt';
const RUNS = Number(process.env.RECORDS_FC_RUNS) || 150;

/** The record without the parts a print does not carry: where it came from, and (for descriptions) the card. */
const withoutSources = ({ sources: _sources, ...rest }: ProjectRecord) => rest;
const descriptionPart = ({ sources: _sources, card: _card, ...rest }: ProjectRecord) => rest;

function recordOf(result: ParseResult): ProjectRecord {
  expect(result.record, JSON.stringify(result.diagnostics)).not.toBeNull();
  return result.record as ProjectRecord;
}

describe('seed round trips', () => {
  it.each(DESCRIPTIONS)('parseDescription(printDescription(r)) gives back %s', (file) => {
    const record = recordOf(parseDescription(readFileSync(`${SEEDS}${file}`, 'utf8'), file));
    const printed = printDescription(record);
    const again = parseDescription(printed, 'printed.txt');
    expect(again.diagnostics).toEqual([]);
    expect(descriptionPart(recordOf(again))).toEqual(descriptionPart(record));
    // The print is a fixed point: printing the re-read record gives the same text.
    expect(printDescription(recordOf(again))).toBe(printed);
  });

  it('parseCard(printCard(r)) gives back the seed card record', () => {
    const record = recordOf(parseCard(readFileSync(`${SEEDS}${CARD}`, 'utf8'), CARD));
    expect(record.card).not.toBeNull();
    const again = parseCard(printCard(record), 'printed.txt');
    expect(again.diagnostics).toEqual([]);
    expect(withoutSources(recordOf(again))).toEqual(withoutSources(record));
  });

  it('the merged S21154 prints as a description and as a card that both read back', () => {
    const description = recordOf(
      parseDescription(readFileSync(`${SEEDS}${DESCRIPTIONS[0]}`, 'utf8'), 'd.txt'),
    );
    const card = recordOf(parseCard(readFileSync(`${SEEDS}${CARD}`, 'utf8'), 'c.txt'));
    const merged: ProjectRecord = { ...description, card: card.card };
    expect(descriptionPart(recordOf(parseDescription(printDescription(merged), 'x.txt')))).toEqual(
      descriptionPart(description),
    );
    expect(recordOf(parseCard(printCard(merged), 'x.txt')).card).toEqual(card.card);
  });
});

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const LABELS = [
  ...Object.values(FIELD_LABELS).flatMap((group) => Object.values(group) as string[]),
  ...Object.values(EQUALITY_QUESTIONS),
];
const HEADERS = Object.values(SECTIONS).map(({ number, title }) => `${number} ${title}`.toLowerCase());
const GROUPS = SUSTAINABILITY_CRITERIA.map(({ group }) => group.toLowerCase());
const CRITERIA = SUSTAINABILITY_CRITERIA.flatMap(({ criteria }) => criteria.map((c) => c.toLowerCase()));

/**
 * A line of a description means what it says only where it stands. A text line that begins with a
 * known label and a colon would be read as that field (and, for a value written on the line after its
 * label, replace it); a line that is a section header, the location heading, the 8.2 column header, a
 * sustainability group or a "criterion D I" line is structure, not text. Random words practically
 * never form one, but the filter states the constraint.
 */
function isPlainTextLine(line: string): boolean {
  const lower = line.toLowerCase();
  if (LABELS.some((label) => new RegExp(`^${escapeRegExp(label)}\\s*:`, 'i').test(line))) return false;
  if (HEADERS.includes(lower) || GROUPS.includes(lower)) return false;
  if (line === LOCATION_INTRO || line === SUSTAINABILITY_HEADER) return false;
  const score = /^(.*\S)\s+(-?\d+)\s+(-?\d+)\s*$/.exec(lower);
  return !(score && CRITERIA.includes(score[1] as string));
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789';

/**
 * A word: starts with a letter or digit (so no word is a bullet or a lone "-"), no white space inside
 * (the parser squeezes runs of white space, so only single spaces between words survive unchanged).
 */
const wordOf = (rest: string) =>
  fc
    .tuple(
      fc.constantFrom(...LETTERS),
      fc.string({ unit: fc.constantFrom(...`${LETTERS}${rest}`), maxLength: 10 }),
    )
    .map(([first, tail]) => first + tail);
/** Prose words may carry the punctuation the documents use, colons and commas included. */
const proseWord = wordOf('-.,;:()/%€&!?');
/** Words of list items in section 6 have no "," or ";": those separate the items. */
const listWord = wordOf('-.()');

const words = (word: fc.Arbitrary<string>, max = 8) =>
  fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
/** A single-line value: words separated by single spaces, never empty (empty is null in a record). */
const line = words(proseWord).filter(isPlainTextLine);
/**
 * Free text (summary, explanations, notes, final report): paragraphs of lines. Lines are trimmed and
 * paragraphs are separated by exactly one blank line, the form the parser normalises text to.
 */
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const freeText = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n\n'));
const listItem = words(listWord, 3).filter(isPlainTextLine);

/**
 * Target-group items. The printer writes each as "- item" and the parser removes exactly one leading
 * marker, so items may themselves start like a numbered or bulleted line and must come back whole.
 */
const targetItem = fc
  .tuple(fc.constantFrom('', '', '', '1) ', '2. ', '• ', '- '), line)
  .map(([marker, text]) => marker + text);

const isoDate = fc
  .date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Start ≤ end (an end before the start is warned about, tested elsewhere); either may be missing. */
const period = fc
  .tuple(fc.option(isoDate), fc.option(isoDate))
  .map(([a, b]) => (a && b && b < a ? { start: b, end: a } : { start: a, end: b }));

/** A Y-tunnus with a correct check digit (a wrong one is warned about, tested elsewhere). */
const businessId = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 })
  .map((digits) => {
    const remainder = digits.reduce((sum, d, i) => sum + d * ([7, 9, 10, 5, 8, 4, 2][i] as number), 0) % 11;
    return remainder === 1 ? null : `${digits.join('')}-${remainder === 0 ? 0 : 11 - remainder}`;
  })
  .filter((id): id is string => id !== null);

const FIRST = ['Tiia', 'Markku', 'Anne', 'Tuula', 'Äijö', 'Jussi-Pekka'];
const LAST = ['Turunen', 'Heinonen', 'Pyykkönen', 'Haverinen', 'Öhman', 'Virtanen-Lahti'];
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
const domain = fc.stringMatching(/^[a-z]{2,10}\.fi$/);
/**
 * Contact name and e-mail. A two-word name whose e-mail shows it surname-first is turned round by
 * design, so names are generated first-name first: with an e-mail in the same order, an unrelated
 * e-mail, or none. E-mails are lower case, as the parser stores them.
 */
const contactNameAndEmail = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...FIRST),
      fc.constantFrom(...LAST),
      fc.constantFrom('same', 'other', 'none'),
      domain,
    )
    .map(([first, last, mail, dom]) => ({
      name: `${first} ${last}`,
      email:
        mail === 'same' ? `${fold(first)}.${fold(last)}@${dom}` : mail === 'other' ? `kirjaamo@${dom}` : null,
    })),
  fc.record({ name: fc.option(line), email: fc.constant(null) }),
  fc.record({ name: fc.constant(null), email: fc.option(domain.map((d) => `info@${d}`)) }),
);

const phone = fc.stringMatching(/^(0\d{1,3}[- ]?\d{3,4} ?\d{2,4}|\+358 \d{2} \d{3} \d{4})$/);
const website = fc.stringMatching(/^https?:\/\/(www\.)?[a-z]{2,12}\.fi(\/[a-z]{1,8})?$/);
const postcode = fc.stringMatching(/^\d{5}$/);
const euros = fc.option(fc.maxSafeNat());
/** Realised ≤ granted / planned: a far overrun is warned about (tested elsewhere). */
const grantedAndRealized = fc
  .option(fc.integer({ min: 0, max: 1e12 }))
  .chain((granted) =>
    fc.tuple(fc.constant(granted), granted == null ? euros : fc.option(fc.integer({ min: 0, max: granted }))),
  );

const sustainability = fc.tuple(
  ...SUSTAINABILITY_CRITERIA.flatMap(({ group, criteria }) =>
    criteria.map((criterion) =>
      // All fifteen, in the canonical order and groups the printer writes; a score line always has both
      // numbers, 0–10.
      fc.record({
        group: fc.constant(group),
        criterion: fc.constant(criterion),
        direct: fc.integer({ min: 0, max: 10 }),
        indirect: fc.integer({ min: 0, max: 10 }),
        note: fc.option(freeText),
      }),
    ),
  ),
);

const code = fc.stringMatching(/^[SA]\d{5}$/);

/** A ProjectRecord as a description can hold it. */
const descriptionRecord: fc.Arbitrary<ProjectRecord> = fc
  .record({
    code,
    name: fc.option(line),
    // The title names the fund; it is generated independently of the code's letter on purpose.
    fund: fc.constantFrom('ESR' as const, 'EAKR' as const),
    priorityAxis: fc.option(line),
    specificObjective: fc.option(line),
    period,
    status: fc.option(line),
    authority: fc.option(line),
    applicant: fc.record({
      name: fc.option(line),
      orgType: fc.option(line),
      businessId: fc.option(businessId),
      street: fc.option(line),
      postcode: fc.option(postcode),
      city: fc.option(line),
      phone: fc.option(phone),
      website: fc.option(website),
    }),
    contact: fc.tuple(contactNameAndEmail, fc.option(line), fc.option(phone)),
    applicantArrangement: fc.option(line),
    summary: fc.option(freeText),
    targetGroups: fc.record({
      primary: fc.array(targetItem, { maxLength: 5 }),
      indirect: fc.array(targetItem, { maxLength: 5 }),
    }),
    funding: fc.tuple(grantedAndRealized, grantedAndRealized),
    region: fc.record({
      provinces: fc.array(listItem, { maxLength: 3 }),
      subRegions: fc.array(listItem, { maxLength: 4 }),
      municipalities: fc.array(listItem, { maxLength: 8 }),
    }),
    // All-empty address fields read as "no single site" (null), so a location has at least one field.
    location: fc.option(
      fc
        .record({ street: fc.option(line), postcode: fc.option(postcode), city: fc.option(line) })
        .filter((l) => l.street !== null || l.postcode !== null || l.city !== null),
    ),
    indicators: fc.record({
      companiesPlanned: fc.option(fc.nat()),
      companiesRealized: fc.option(fc.nat()),
      personsPlanned: fc.option(fc.nat()),
    }),
    equality: fc.record({
      analysisDone: fc.option(fc.boolean()),
      analysisExplanation: fc.option(freeText),
      mainstreamed: fc.option(fc.boolean()),
      mainstreamedExplanation: fc.option(freeText),
      mainGoal: fc.option(fc.boolean()),
      mainGoalExplanation: fc.option(freeText),
    }),
    sustainability,
    finalReport: fc.option(freeText),
  })
  .map(
    ({
      contact: [person, title, contactPhone],
      funding: [[granted, realized], [planned, realizedTotal]],
      ...rest
    }) => ({
      ...rest,
      contact: { name: person.name, title, email: person.email, phone: contactPhone },
      funding: {
        grantedEuState: granted,
        realizedEuState: realized,
        plannedPublicTotal: planned,
        realizedPublicTotal: realizedTotal,
      },
      sustainability: [...rest.sustainability],
      card: null,
      sources: [{ file: 'generated.txt', kind: 'description' as const, line: 1 }],
    }),
  );

/**
 * Card text is folded to one line and cut at the labels, so a card value is one line that contains
 * no card label, no project code and no web address (codes and addresses anywhere in a card become
 * its relatedCodes and links), no date range (the identity line's dates) and no implementer role.
 * It does not end in a hyphen: PDF extraction breaks words as "kehittä-" / "mistyön", so a line
 * ending in "-" before a line starting in lower case (as "https://…" does) is read as one word.
 */
const CARD_LABEL_LIST = Object.values(CARD_LABELS);
const isCardSafe = (text: string) =>
  !text.endsWith('-') &&
  !CARD_LABEL_LIST.some((label) => text.includes(label)) &&
  !/[SA]\d{5}|https?:\/\/|\d{1,2}\.\d{1,2}\.\d{4}|toteuttaja\)|RR-tietopalvelussa/.test(text);
const cardLine = words(wordOf('-.,:()/%!?')).filter(isCardSafe);
/** Output and target items are joined with ";" (and outputs may be introduced by "…:"), so neither appears in them. */
const cardItem = words(wordOf('-.,()/%!?'), 5).filter(isCardSafe);
/** "Funder, 1 234 €": a funder ending in a digit or "€" would lend its tail to the sum. */
const funder = cardLine.filter((f) => !/[\d€]$/.test(f));

/** A card-only ProjectRecord: the fields a project card holds, the rest empty. */
const cardRecord: fc.Arbitrary<ProjectRecord> = fc
  .record({
    code,
    // "CODE, NAME, dates": the comma separates the parts, so a name cannot end in one.
    name: fc.option(cardLine.filter((n) => !n.endsWith(','))),
    // A card writes its period as a range "D – D": both dates or neither.
    dates: fc.option(fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    // One implementer: a card lists several with ",", ";" or "ja" between them.
    implementer: fc.option(cardLine.filter((n) => !/[,;]|\sja\s|\sand\s/.test(` ${n} `))),
    targets: fc.array(cardItem, { maxLength: 4 }),
    realizedPublicTotal: euros,
    texts: fc.record({
      background: fc.option(cardLine),
      goals: fc.option(cardLine),
      approach: fc.option(cardLine),
      practices: fc.option(cardLine),
      results: fc.option(cardLine),
      dissemination: fc.option(cardLine),
      remarks: fc.option(cardLine),
    }),
    outputs: fc.array(cardItem, { maxLength: 4 }),
    related: fc.uniqueArray(code, { maxLength: 3 }),
    ownLink: fc.boolean(),
    otherLinks: fc.uniqueArray(fc.stringMatching(/^https:\/\/www\.[a-z]{2,8}\.fi\/[a-z]{1,8}\.pdf$/), {
      maxLength: 2,
    }),
    funder: fc.option(funder),
  })
  .map((c) => {
    // Related codes come from the links to their project pages; the parser lists them sorted.
    const relatedCodes = c.related.filter((r) => r !== c.code).sort();
    const links = [
      ...(c.ownLink ? [projectPageUrl(c.code)] : []),
      ...relatedCodes.map(projectPageUrl),
      ...c.otherLinks,
    ];
    return {
      code: c.code,
      name: c.name,
      // A card has no title: the fund follows the code's letter.
      fund: c.code.startsWith('S') ? ('ESR' as const) : ('EAKR' as const),
      priorityAxis: null,
      specificObjective: null,
      period: { start: c.dates?.[0] ?? null, end: c.dates?.[1] ?? null },
      status: null,
      authority: null,
      applicant: {
        name: c.implementer,
        orgType: null,
        businessId: null,
        street: null,
        postcode: null,
        city: null,
        phone: null,
        website: null,
      },
      contact: { name: null, title: null, email: null, phone: null },
      applicantArrangement: null,
      summary: null,
      targetGroups: { primary: c.targets, indirect: [] },
      funding: {
        grantedEuState: null,
        realizedEuState: null,
        plannedPublicTotal: null,
        realizedPublicTotal: c.realizedPublicTotal,
      },
      region: { provinces: [], subRegions: [], municipalities: [] },
      location: null,
      indicators: { companiesPlanned: null, companiesRealized: null, personsPlanned: null },
      equality: {
        analysisDone: null,
        analysisExplanation: null,
        mainstreamed: null,
        mainstreamedExplanation: null,
        mainGoal: null,
        mainGoalExplanation: null,
      },
      sustainability: [],
      finalReport: null,
      card: {
        ...c.texts,
        outputs: c.outputs,
        relatedCodes,
        links,
        funder: c.funder,
        implementers: c.implementer ? [c.implementer] : [],
      },
      sources: [{ file: 'generated.txt', kind: 'card' as const, line: 1 }],
    };
  });

describe('generated round trips', () => {
  it('the generators build valid records', () => {
    fc.assert(
      fc.property(descriptionRecord, cardRecord, (description, card) => {
        expect(ProjectRecord.safeParse(description).success).toBe(true);
        expect(ProjectRecord.safeParse(card).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('parseDescription(printDescription(r)) equals r, without a single diagnostic', () => {
    fc.assert(
      fc.property(descriptionRecord, (record) => {
        const result = parseDescription(printDescription(record), 'generated.txt');
        expect(result.diagnostics).toEqual([]);
        expect(descriptionPart(recordOf(result))).toEqual(descriptionPart(record));
        expect(result.record?.sources).toEqual([{ file: 'generated.txt', kind: 'description', line: 7 }]);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseCard(printCard(r)) equals a card-only r, without a single diagnostic', () => {
    fc.assert(
      fc.property(cardRecord, (record) => {
        const result = parseCard(printCard(record), 'generated.txt');
        expect(result.diagnostics).toEqual([]);
        expect(withoutSources(recordOf(result))).toEqual(withoutSources(record));
      }),
      { numRuns: RUNS },
    );
  });

  it('a record read back from CRLF + BOM prints reads back the same (line endings do not matter)', () => {
    fc.assert(
      fc.property(descriptionRecord, (record) => {
        const printed = `\uFEFF${printDescription(record).replace(/\n/g, '\r\n')}`;
        const result = parseDescription(printed, 'generated.txt');
        expect(result.diagnostics).toEqual([]);
        expect(descriptionPart(recordOf(result))).toEqual(descriptionPart(record));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
