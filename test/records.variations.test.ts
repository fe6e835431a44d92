/**
 * The messy forms real files take, one fixture each (test/fixtures/records/, each a seed copied and
 * altered), and what the parser must make of them: the same record as the clean seed, a warning with
 * the right line, field and found text, or an error naming the file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  FIELD_LABELS,
  loadDocuments,
  loadFolder,
  type ParseResult,
  ProjectRecord,
  parseCard,
  parseDescription,
  parseDocument,
} from '../src/records/index.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/records/', import.meta.url));
const SEED = {
  kake: '000_e8b06d3c13176a02.txt',
  kanto: '001_55d751158e8cb670.txt',
  elinvoimaa: '002_e8d6e0a9bf609506.txt',
  pore: '003_a14aa3d86e50cfa5.txt',
  kakeCard: '004_ccdf29b5c4bd0bf9.txt',
} as const;

const seedText = (file: string) => readFileSync(`${SEEDS}${file}`, 'utf8');
const fixtureText = (name: string) => readFileSync(`${FIXTURES}variations/${name}`, 'utf8');

/** The seed's record as if it had been read from `file` (the only thing a fixture name changes). */
function seedRecord(seed: string, file: string): ProjectRecord {
  const result =
    seed === SEED.kakeCard ? parseCard(seedText(seed), seed) : parseDescription(seedText(seed), seed);
  const record = result.record as ProjectRecord;
  return { ...record, sources: record.sources.map((source) => ({ ...source, file })) };
}

/** Parses a fixture the way the loader does (document type detected from the text). */
function parseFixture(name: string): ParseResult {
  return parseDocument(fixtureText(name), name);
}

/** Parses and insists on a record that satisfies the schema. */
function recordOf(result: ParseResult): ProjectRecord {
  expect(result.record, JSON.stringify(result.diagnostics)).not.toBeNull();
  const record = result.record as ProjectRecord;
  expect(ProjectRecord.safeParse(record).success).toBe(true);
  return record;
}

const warning = (file: string, line: number, field: string | null, message: string, found: string | null) =>
  ({ severity: 'warning', file, line, field, message, found }) satisfies Diagnostic;
const byLine = (diagnostics: Diagnostic[]) => [...diagnostics].sort((a, b) => a.line - b.line);

/** The 1-based line of `text` that contains `needle`, so hard-coded line numbers can be cross-checked. */
function lineContaining(text: string, needle: string): number {
  const index = text.split(/\r\n|\n/).findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

describe('values on the line after their label', () => {
  it('reads them as if they shared the line', () => {
    const result = parseFixture('next-line-values.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual(seedRecord(SEED.kake, 'next-line-values.txt'));
  });

  it('does not take the next label, a section header or the location heading as a value', () => {
    // In seed 002 "Hakijoiden lukumäärä …:" is empty and followed by "3 Suunnitelman …"; the location
    // fields are empty and followed by each other and by "7 Hakemusvaiheessa …".
    const record = recordOf(parseDescription(seedText(SEED.elinvoimaa), SEED.elinvoimaa));
    expect(record.applicantArrangement).toBeNull();
    expect(record.location).toBeNull();
    const text = seedText(SEED.kake).replace('Toiminnan tila: Toiminta päättynyt', 'Toiminnan tila:');
    expect(recordOf(parseDescription(text, 'x.txt')).status).toBeNull();
  });
});

describe('empty values', () => {
  it('become null or [] without warnings or a crash', () => {
    const result = parseFixture('empty-values.txt');
    expect(result.diagnostics).toEqual([]);
    const seed = seedRecord(SEED.kanto, 'empty-values.txt');
    expect(recordOf(result)).toEqual({
      ...seed,
      name: null,
      period: { start: null, end: null },
      status: null,
      applicant: { ...seed.applicant, businessId: null },
      contact: { ...seed.contact, email: null },
      applicantArrangement: null,
      funding: { ...seed.funding, realizedEuState: null },
      region: { ...seed.region, subRegions: [] },
      indicators: { ...seed.indicators, companiesRealized: null },
      equality: { ...seed.equality, analysisDone: null },
    });
  });

  it('still give a record when every "Label: value" field but the code is empty', () => {
    const labels = [
      ...Object.values(FIELD_LABELS).flatMap((group) => Object.values(group) as string[]),
      'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta',
      'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)',
      'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen',
    ].filter((label) => label !== FIELD_LABELS.project.code);
    const emptied = seedText(SEED.kanto)
      .split('\n')
      .map((line) => {
        const label = labels.find((l) => line.startsWith(`${l}:`));
        return label ? `${label}:` : line;
      })
      .join('\n');
    const result = parseDescription(emptied, 'emptied.txt');
    expect(result.diagnostics).toEqual([]);
    const record = recordOf(result);
    expect(record.code).toBe('S22786');
    expect(Object.values(record.applicant).every((v) => v === null)).toBe(true);
    expect(Object.values(record.contact).every((v) => v === null)).toBe(true);
    expect(Object.values(record.funding).every((v) => v === null)).toBe(true);
    expect(Object.values(record.indicators).every((v) => v === null)).toBe(true);
    expect(record.region).toEqual({ provinces: [], subRegions: [], municipalities: [] });
    expect(record.period).toEqual({ start: null, end: null });
    expect([
      record.name,
      record.priorityAxis,
      record.specificObjective,
      record.status,
      record.authority,
    ]).toEqual([null, null, null, null, null]);
    expect(record.applicantArrangement).toBeNull();
    expect([record.equality.analysisDone, record.equality.mainstreamed, record.equality.mainGoal]).toEqual([
      null,
      null,
      null,
    ]);
    // The explanations are text under the questions and stay.
    expect(record.equality.mainstreamedExplanation).toBe(
      'Sukupuolinäkökulma huomioidaan hankkeen toiminnassa.',
    );
    expect(record.sustainability).toHaveLength(15);
  });
});

describe('the final report (section 9)', () => {
  it('"-" means no final report, also with spaces around it', () => {
    expect(recordOf(parseDescription(seedText(SEED.kanto), SEED.kanto)).finalReport).toBeNull();
    const result = parseFixture('final-report-dash.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual({
      ...seedRecord(SEED.kake, 'final-report-dash.txt'),
      finalReport: null,
    });
  });

  it('an empty section is no final report either, without a warning', () => {
    const result = parseFixture('final-report-empty.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual({
      ...seedRecord(SEED.kake, 'final-report-empty.txt'),
      finalReport: null,
    });
  });
});

describe('money', () => {
  it('reads sums written with spaces, no-break spaces, narrow no-break spaces, €, "euroa" and cents', () => {
    const result = parseFixture('money-formats.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result).funding).toEqual({
      grantedEuState: 460_420,
      realizedEuState: 431_017,
      plannedPublicTotal: 575_530,
      // "538776,40€": cents are rounded to whole euros.
      realizedPublicTotal: 538_776,
    });
    expect(recordOf(result)).toEqual(seedRecord(SEED.pore, 'money-formats.txt'));
  });

  it.each([
    ['1 319 685', 1_319_685],
    ['1\u00a0319\u00a0685\u00a0€', 1_319_685],
    ['1319685 EUR', 1_319_685],
    ['1.319.685', 1_319_685],
    ['1 319 684,50 €', 1_319_685],
    ['1 319 685,00', 1_319_685],
    ['\u2007 1 319 685 euroa', 1_319_685],
  ])('"Myönnetty EU- ja valtion rahoitus: %s" is %i €', (written, euros) => {
    const text = seedText(SEED.kake).replace(
      'Myönnetty EU- ja valtion rahoitus: 1 319 685',
      `Myönnetty EU- ja valtion rahoitus: ${written}`,
    );
    const result = parseDescription(text, 'x.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result).funding.grantedEuState).toBe(euros);
  });
});

describe('contact person', () => {
  it('turns "(at)" and "[at]" into "@" and lower-cases the address', () => {
    for (const seed of Object.values(SEED).slice(0, 4)) {
      expect(recordOf(parseDescription(seedText(seed), seed)).contact.email).toMatch(/^[a-z.]+@[a-z]+\.fi$/);
    }
    const result = parseFixture('email-at.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result).contact.email).toBe('tuula.haverinen@kamk.fi');
  });

  it('reorders a surname-first name when the e-mail shows the order', () => {
    const result = parseFixture('surname-first.txt');
    expect(result.diagnostics).toEqual([]);
    // "Haverinen Tuula" + tuula.haverinen@… → "Tuula Haverinen": the record equals the seed's.
    expect(recordOf(result)).toEqual(seedRecord(SEED.pore, 'surname-first.txt'));
    // Seed 002 itself: "Heinonen Markku" + markku.heinonen@…
    expect(recordOf(parseDescription(seedText(SEED.elinvoimaa), SEED.elinvoimaa)).contact.name).toBe(
      'Markku Heinonen',
    );
  });

  it('keeps the name as written when the e-mail does not show the order', () => {
    const unknown = recordOf(parseFixture('surname-unknown.txt'));
    expect(unknown.contact).toEqual({
      name: 'Heinonen Markku',
      title: 'Kehitysjohtaja',
      email: 'mheinonen@lappeenranta.fi',
      phone: '040-5811998',
    });
    const generic = recordOf(parseFixture('surname-generic-email.txt'));
    expect(generic.contact.name).toBe('Heinonen Markku');
    expect(generic.contact.email).toBe('kirjaamo@lappeenranta.fi');
    // A first-name-first name whose e-mail agrees is not turned round.
    expect(recordOf(parseDescription(seedText(SEED.kake), SEED.kake)).contact.name).toBe('Tiia Turunen');
  });
});

describe('line endings and byte-order mark', () => {
  it('reads a CRLF description exactly like the LF seed', () => {
    const text = fixtureText('crlf.txt');
    expect(text).toContain('\r\n');
    const result = parseFixture('crlf.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual(seedRecord(SEED.kake, 'crlf.txt'));
  });

  it('reads a description with a BOM exactly like the seed', () => {
    expect(fixtureText('bom.txt').charCodeAt(0)).toBe(0xfeff);
    const result = parseFixture('bom.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual(seedRecord(SEED.kake, 'bom.txt'));
  });

  it('reads a card with a BOM and CRLF exactly like the seed card', () => {
    const result = parseFixture('bom-crlf-card.txt');
    expect(result.kind).toBe('card');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual(seedRecord(SEED.kakeCard, 'bom-crlf-card.txt'));
  });

  it('counts lines the same with CRLF, old Mac CR and a BOM', () => {
    const lf = fixtureText('unreadable-values.txt');
    const expected = parseDescription(lf, 'x.txt').diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    for (const variant of [
      lf.replace(/\n/g, '\r\n'),
      lf.replace(/\n/g, '\r'),
      `\uFEFF${lf.replace(/\n/g, '\r\n')}`,
    ]) {
      expect(parseDescription(variant, 'x.txt').diagnostics).toEqual(expected);
    }
  });
});

describe('EAKR descriptions', () => {
  it('take the fund from the title and accept an A code', () => {
    const result = parseFixture('eakr.txt');
    expect(result.diagnostics).toEqual([]);
    expect(result.code).toBe('A70726');
    const seed = seedRecord(SEED.pore, 'eakr.txt');
    expect(recordOf(result)).toEqual({
      ...seed,
      code: 'A70726',
      fund: 'EAKR',
      name: 'Kajaanin biotalouden kasvupolku',
      priorityAxis: '1. Pk-yritysten kilpailukyky',
      specificObjective: '3.1. Uusien yritysten syntymisen edistäminen ja pk-yritysten kasvu',
      authority: 'Kainuun liitto',
    });
  });

  it('without a title, fall back to the code prefix with a warning', () => {
    const text = fixtureText('eakr.txt').replace(
      'Euroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus',
      'Hankkeen kuvaus',
    );
    const result = parseDocument(text, 'untitled.txt');
    expect(recordOf(result).fund).toBe('EAKR');
    expect(result.diagnostics).toEqual([
      warning(
        'untitled.txt',
        1,
        'title',
        'the document title is missing; fund taken from the code as EAKR',
        null,
      ),
    ]);
  });
});

describe('target groups', () => {
  it('read numbered "1)", "2)", "3." and indented items, bullets of several kinds and prose', () => {
    const result = parseFixture('targets-forms.txt');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result).targetGroups).toEqual({
      primary: [
        'Ne potentiaaliset järjestöt, joilla on edellytyksiä hakea hankerahoitusta rakennerahasto-ohjelmasta',
        'Hankkeita hakevat ja toteuttavat järjestöt',
        'Maakunnan kunnat',
        'Siun sote',
      ],
      indirect: [
        'heikossa työmarkkina-asemassa olevat asukkaat',
        'maakunnan nuoret',
        'yhdistysten jäsenet',
        'Kansalaistoimijoiden toteuttamien hankkeiden kautta tavoitetaan myös muut asukkaat.',
      ],
    });
  });

  it('keep a date at the start of an item: "2.1.2018" is not the number "2."', () => {
    const text = seedText(SEED.kake).replace(
      '- Joensuulaiset kansalaistoimijat',
      '- Joensuulaiset kansalaistoimijat\n2.1.2018 alkaen muuttaneet asukkaat',
    );
    expect(recordOf(parseDescription(text, 'x.txt')).targetGroups.primary.slice(2)).toEqual([
      'Joensuulaiset kansalaistoimijat',
      '2.1.2018 alkaen muuttaneet asukkaat',
    ]);
  });
});

describe('project cards', () => {
  const CARD_FILE = 'card-hyphenated.txt';
  const CARD_RECORD: ProjectRecord = {
    code: 'S20264',
    name: 'Joensuun KAKE',
    fund: 'ESR',
    priorityAxis: null,
    specificObjective: null,
    period: { start: '2015-09-01', end: '2017-12-31' },
    status: null,
    authority: null,
    applicant: {
      name: 'Joensuun kaupunki',
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
    targetGroups: {
      // "sosiaali-" at a line end followed by "ja" keeps its hyphen.
      primary: [
        'Joensuun keskustan asukkaat',
        'sosiaali- ja terveyspalveluiden asiakkaat',
        'kansalaistoimijat',
      ],
      indirect: [],
    },
    funding: {
      grantedEuState: null,
      realizedEuState: null,
      plannedPublicTotal: null,
      realizedPublicTotal: 312_450,
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
      // "esiselvitys-" / "hanke" is one word again.
      background:
        'Hanketta edelsi esiselvityshanke (S20010). Rahoitusta jaettiin tuensiirtoina pienille toimijoille.',
      goals: 'Tukea osallisuutta ja kansalaislähtöistä kehittämistä',
      approach: 'Pienhankkeiden rahoittaminen ja neuvonta',
      outputs: ['Pienhankeopas', 'Tapahtumaopas'],
      practices: 'Matalan kynnyksen rahoitusmalli',
      results: 'Kolmetoista pienhanketta',
      dissemination: 'Malli jatkui KAKE 2.0 -hankkeessa (S21154).',
      remarks: 'Hallinnointi vei aikaa.',
      relatedCodes: ['S20010', 'S21154'],
      links: [
        'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20264',
        'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20010',
      ],
      funder: 'Pohjois-Karjalan ELY-keskus',
      implementers: ['Joensuun kaupunki'],
    },
    sources: [{ file: CARD_FILE, kind: 'card', line: 3 }],
  };

  it('find every label broken over lines and hyphenated ("S-nu-/mero", "kehit-/tämistyön", "juur-/rutus")', () => {
    const text = fixtureText(CARD_FILE);
    expect(text).toContain('Erityishuomioita, kehit-\n\ntämistyön ongelmia');
    const result = parseFixture(CARD_FILE);
    expect(result.kind).toBe('card');
    expect(result.diagnostics).toEqual([]);
    expect(recordOf(result)).toEqual(CARD_RECORD);
  });

  it('warn about a missing label', () => {
    const text = fixtureText(CARD_FILE).replace(
      'Tuotokset \nOppaat (joensuu.fi, 2017): Pienhankeopas; Tapahtumaopas \n',
      '',
    );
    const result = parseCard(text, 'x.txt');
    expect(result.diagnostics).toEqual([
      warning('x.txt', 0, 'Tuotokset', 'card label "Tuotokset" is missing', null),
    ]);
    expect(recordOf(result).card?.outputs).toEqual([]);
    expect(recordOf(result).card?.approach).toBe('Pienhankkeiden rahoittaminen ja neuvonta');
  });

  it('a card without dates keeps the name and no period', () => {
    for (const identity of [
      'S21154, Joensuun KAKE 2.0 (hanke RR-tietopalvelussa)',
      'S21154, Joensuun KAKE 2.0, (hanke RR-tietopalvelussa)',
    ]) {
      const text = seedText(SEED.kakeCard).replace(
        'S21154, Joensuun KAKE 2.0, 2.1.2018 – 31.12.2021 (hanke RR-tietopalvelussa)',
        identity,
      );
      const result = parseCard(text, 'x.txt');
      expect(result.diagnostics).toEqual([]);
      expect(recordOf(result).name).toBe('Joensuun KAKE 2.0');
      expect(recordOf(result).period).toEqual({ start: null, end: null });
    }
  });

  it('a card-only project becomes its own record', () => {
    const { records, diagnostics, files } = loadDocuments([
      { file: CARD_FILE, text: fixtureText(CARD_FILE) },
    ]);
    expect(diagnostics).toEqual([]);
    expect(records).toEqual([CARD_RECORD]);
    expect(files).toEqual([
      { file: CARD_FILE, ok: true, code: 'S20264', kind: 'card', errors: [], warnings: [] },
    ]);
  });

  it('a card that disagrees with its description on realised funding gives a warning; the description wins', () => {
    const card = seedText(SEED.kakeCard).replace('1 626 932 €', '1 700 000 €');
    const { records, diagnostics } = loadDocuments([
      { file: 'description.txt', text: seedText(SEED.kake) },
      { file: 'card.txt', text: card },
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]?.funding.realizedPublicTotal).toBe(1_626_932);
    expect(diagnostics).toEqual([
      warning(
        'card.txt',
        3,
        'Rahoittaja ja toteutunut julkinen rahoitus',
        "the card gives 1700000 € realised public funding, the description 1626932 €; the description's figure is used",
        '1700000',
      ),
    ]);
  });
});

describe('files that cannot become a record', () => {
  it('a file of no known type is an error naming the file', () => {
    const result = parseFixture('broken.txt');
    expect(result).toEqual({
      file: 'broken.txt',
      kind: null,
      code: null,
      record: null,
      diagnostics: [
        {
          severity: 'error',
          file: 'broken.txt',
          line: 0,
          field: null,
          message:
            'not a known document type: neither a project description (no "Hankekoodi:" line or title) nor a project card',
          found: 'Kokouksen pöytäkirja 12.3.2021',
        },
      ],
    });
    const { files, records } = loadDocuments([{ file: 'broken.txt', text: fixtureText('broken.txt') }]);
    expect(records).toEqual([]);
    expect(files).toEqual([
      {
        file: 'broken.txt',
        ok: false,
        code: null,
        kind: null,
        errors: [
          {
            line: 0,
            field: null,
            message: expect.stringContaining('not a known document type'),
            found: 'Kokouksen pöytäkirja 12.3.2021',
          },
        ],
        warnings: [],
      },
    ]);
  });

  it('a description without a code is an error', () => {
    const result = parseFixture('no-code.txt');
    expect(result.kind).toBe('description');
    expect(result.code).toBeNull();
    expect(result.record).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'no-code.txt',
        line: 0,
        field: 'Hankekoodi',
        message: 'no project code (Hankekoodi) found',
        found: null,
      },
    ]);
    const [report] = loadDocuments([{ file: 'no-code.txt', text: fixtureText('no-code.txt') }]).files;
    expect(report?.ok).toBe(false);
    expect(report?.errors).toHaveLength(1);
  });

  it('a description whose code is not S/A + five digits is an error on the code line', () => {
    const result = parseFixture('bad-code.txt');
    expect(result.record).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'bad-code.txt',
        line: 7,
        field: 'Hankekoodi',
        message: 'the project code is not S or A followed by five digits',
        found: '22786',
      },
    ]);
  });
});

describe('warnings about fields', () => {
  it('an unreadable date, sum, count, e-mail or answer is a warning with its line, label and text', () => {
    const name = 'unreadable-values.txt';
    const text = fixtureText(name);
    const result = parseFixture(name);
    expect(byLine(result.diagnostics)).toEqual([
      warning(name, 15, 'Suunnitelman mukainen toteutusaika', 'no such date: "31.13.2021"', '31.13.2021'),
      warning(
        name,
        43,
        'Yhteyshenkilön sähköpostisoite',
        'not an e-mail address: "tiia.m.turunen joensuu.fi"',
        'tiia.m.turunen joensuu.fi',
      ),
      warning(
        name,
        69,
        'Myönnetty EU- ja valtion rahoitus',
        'not a sum of euros: "noin 1,3 miljoonaa"',
        'noin 1,3 miljoonaa',
      ),
      // The value stands two lines below its label: the warning points at the value.
      warning(
        name,
        77,
        'Toteutunut julkinen rahoitus yhteensä',
        'not a sum of euros: "1 626 932 markkaa"',
        '1 626 932 markkaa',
      ),
      warning(name, 105, 'Suunniteltu', 'not a whole number: "noin 700"', 'noin 700'),
      warning(
        name,
        111,
        'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta',
        'not Kyllä or Ei: "Ehkä"',
        'Ehkä',
      ),
    ]);
    // Every reported line really holds the text reported as found.
    for (const d of result.diagnostics) expect(lineContaining(text, d.found as string)).toBe(d.line);

    const seed = seedRecord(SEED.kake, name);
    expect(recordOf(result)).toEqual({
      ...seed,
      period: { start: '2018-01-02', end: null },
      contact: { ...seed.contact, email: null },
      funding: { ...seed.funding, grantedEuState: null, realizedPublicTotal: null },
      indicators: { ...seed.indicators, personsPlanned: null },
      equality: { ...seed.equality, analysisDone: null },
    });
  });

  it('an unreadable date on the line after its label is reported on the date line', () => {
    const text = seedText(SEED.kake).replace(
      'Suunnitelman mukainen toteutusaika: Alkaa 2.1.2018 ja päättyy 31.12.2021',
      'Suunnitelman mukainen toteutusaika:\n\nAlkaa 2.1.2018 ja päättyy 31.12.20021',
    );
    expect(parseDescription(text, 'x.txt').diagnostics).toEqual([
      warning('x.txt', 17, 'Suunnitelman mukainen toteutusaika', 'not a date: "31.12.20021"', '31.12.20021'),
    ]);
  });

  it('a period that is not "Alkaa D ja päättyy D" is a warning; a blank date is just null', () => {
    const garbled = seedText(SEED.kake).replace('Alkaa 2.1.2018 ja päättyy 31.12.2021', 'vuodet 2018–2021');
    const result = parseDescription(garbled, 'x.txt');
    expect(result.diagnostics).toEqual([
      warning(
        'x.txt',
        15,
        'Suunnitelman mukainen toteutusaika',
        'expected "Alkaa D.M.YYYY ja päättyy D.M.YYYY"',
        'vuodet 2018–2021',
      ),
    ]);
    expect(recordOf(result).period).toEqual({ start: null, end: null });
    const open = seedText(SEED.kake).replace(
      'Alkaa 2.1.2018 ja päättyy 31.12.2021',
      'Alkaa 2.1.2018 ja päättyy',
    );
    const openResult = parseDescription(open, 'x.txt');
    expect(openResult.diagnostics).toEqual([]);
    expect(recordOf(openResult).period).toEqual({ start: '2018-01-02', end: null });
  });

  it('a missing label or section is a warning naming the field', () => {
    const name = 'missing-label.txt';
    const result = parseFixture(name);
    expect(lineContaining(fixtureText(name), '1 Hanke')).toBe(5);
    expect(lineContaining(fixtureText(name), '6 Maantieteellinen kohdealue')).toBe(84);
    expect(byLine(result.diagnostics)).toEqual([
      warning(name, 0, 'Loppuraportin tiivistelmä', 'section "9 Loppuraportin tiivistelmä" is missing', null),
      // Reported at the header of the section the field belongs to.
      warning(name, 5, 'Toiminnan tila', 'field "Toiminnan tila" is missing', null),
      warning(name, 84, 'Kunnat', 'field "Kunnat" is missing', null),
    ]);
    const seed = seedRecord(SEED.elinvoimaa, name);
    expect(recordOf(result)).toEqual({
      ...seed,
      status: null,
      region: { ...seed.region, municipalities: [] },
      finalReport: null,
    });
  });
});

describe('section 8.2', () => {
  it('keeps the paragraph break of a note written in two paragraphs', () => {
    const text = seedText(SEED.kake).replace(
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.',
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.\n\nEikä myöskään välillisesti.\n',
    );
    const result = parseDescription(text, 'x.txt');
    expect(result.diagnostics).toEqual([]);
    const record = recordOf(result);
    expect(record.sustainability[0]?.note).toBe(
      'Hanke ei vaikuta luonnonvarojen käytön kestävyyteen.\n\nEikä myöskään välillisesti.',
    );
    expect(record.sustainability.slice(1)).toEqual(seedRecord(SEED.kake, 'x.txt').sustainability.slice(1));
  });

  it('reads a criterion line with extra spaces and reports an unknown line', () => {
    const text = seedText(SEED.kake)
      .replace('Kulttuuriympäristö 3 3', 'Kulttuuriympäristö   3\t3 ')
      .replace('Ekologinen kestävyys\nLuonnonvarojen', 'Ekologinen kestävyys\n\nLuonnonvarojen');
    expect(parseDescription(text, 'x.txt').diagnostics).toEqual([]);
    expect(recordOf(parseDescription(text, 'x.txt')).sustainability).toEqual(
      seedRecord(SEED.kake, 'x.txt').sustainability,
    );
    const stray = seedText(SEED.kake).replace('VälitönVälillinen\n', 'VälitönVälillinen\nSekalaista 1 2\n');
    expect(parseDescription(stray, 'x.txt').diagnostics).toEqual([
      warning('x.txt', 119, 'Kestävä kehitys', 'unrecognised line in 8.2', 'Sekalaista 1 2'),
    ]);
  });
});

describe('plausibility checks', () => {
  it('a wrong Y-tunnus check digit, an end before the start, realised ≫ granted and scores 11 / -1 are warnings', () => {
    const name = 'checks.txt';
    const result = parseFixture(name);
    const [period, ...others] = byLine(result.diagnostics);
    expect(period).toMatchObject({
      severity: 'warning',
      file: name,
      line: 15,
      field: 'Suunnitelman mukainen toteutusaika',
      message: 'the end date 2019-05-31 is before the start date 2020-11-01',
    });
    expect(others).toEqual([
      warning(name, 27, 'Y-tunnus', 'the check digit of the business ID is wrong', '2553600-5'),
      warning(
        name,
        98,
        'Toteutunut EU- ja valtion rahoitus',
        'realised 960420 € is far above the granted or planned 460420 € (209 %)',
        '960420',
      ),
      warning(
        name,
        169,
        'Hyvinvoinnin edistäminen',
        'direct score 11 is outside 0–10',
        'Hyvinvoinnin edistäminen 11 10',
      ),
      warning(
        name,
        177,
        'Ympäristöosaaminen',
        'indirect score -1 is outside 0–10',
        'Ympäristöosaaminen 10 -1',
      ),
    ]);
    // The record is still served, with the values as read.
    const record = recordOf(result);
    expect(record.applicant.businessId).toBe('2553600-5');
    expect(record.period).toEqual({ start: '2020-11-01', end: '2019-05-31' });
    expect(record.funding.realizedEuState).toBe(960_420);
    expect(record.sustainability).toHaveLength(15);
  });

  it('a business ID in the wrong form is a warning', () => {
    const text = seedText(SEED.kake).replace('Y-tunnus: 0242746-2', 'Y-tunnus: 02427462');
    expect(parseDescription(text, 'x.txt').diagnostics).toEqual([
      warning('x.txt', 27, 'Y-tunnus', 'not a business ID (1234567-8)', '02427462'),
    ]);
  });

  it('realised public funding far above the planned total is a warning; a small overrun is not', () => {
    const far = seedText(SEED.kake).replace(
      'Toteutunut julkinen rahoitus yhteensä: 1 626 932',
      'Toteutunut julkinen rahoitus yhteensä: 16 269 320',
    );
    expect(parseDescription(far, 'x.txt').diagnostics).toEqual([
      warning(
        'x.txt',
        75,
        'Toteutunut julkinen rahoitus yhteensä',
        'realised 16269320 € is far above the granted or planned 1649609 € (986 %)',
        '16269320',
      ),
    ]);
    // 5 % over the grant: within tolerance.
    const near = seedText(SEED.kake).replace(
      'Toteutunut EU- ja valtion rahoitus: 1 288 961',
      'Toteutunut EU- ja valtion rahoitus: 1 385 669',
    );
    expect(parseDescription(near, 'x.txt').diagnostics).toEqual([]);
  });

  it('scores 0 and 10 are fine', () => {
    // Seed 003 scores Hyvinvoinnin edistäminen 10 10 and several criteria 0.
    expect(parseDescription(seedText(SEED.pore), SEED.pore).diagnostics).toEqual([]);
  });
});

describe('two files with the same code', () => {
  const FULL = '2-full.txt';
  const PARTIAL = '1-partial.txt';
  const duplicateText = (file: string) => readFileSync(`${FIXTURES}duplicate/${file}`, 'utf8');

  function expectMerged(record: ProjectRecord | undefined): void {
    const full = seedRecord(SEED.elinvoimaa, FULL);
    expect(record).toEqual({
      ...full,
      // Only the partial copy gives the single-site address: the gap is filled from it.
      location: { street: 'Kauppakatu 40-42', postcode: '53100', city: 'Lappeenranta' },
      sources: [
        { file: FULL, kind: 'description', line: 7 },
        { file: PARTIAL, kind: 'description', line: 7 },
      ],
    });
    // Where both have a value the more complete description's stands.
    expect(record?.status).toBe('Toiminta päättynyt');
    expect(record?.contact.phone).toBe('040-5811998');
  }

  it('keep the more complete description, fill its gaps from the other and warn naming both files', async () => {
    const { records, diagnostics, files } = await loadFolder(`${FIXTURES}duplicate`);
    expect(records).toHaveLength(1);
    expectMerged(records[0]);
    const duplicateWarning = warning(
      PARTIAL,
      7,
      'Hankekoodi',
      `S20562 is also described in ${FULL}; the more complete description (${FULL}) is kept and this one fills its gaps`,
      'S20562',
    );
    expect(diagnostics).toEqual([duplicateWarning]);
    const { severity: _severity, file: _file, ...reported } = duplicateWarning;
    expect(files).toEqual([
      { file: PARTIAL, ok: true, code: 'S20562', kind: 'description', errors: [], warnings: [reported] },
      { file: FULL, ok: true, code: 'S20562', kind: 'description', errors: [], warnings: [] },
    ]);
  });

  it('the result does not depend on the order the files come in', () => {
    const documents = [FULL, PARTIAL].map((file) => ({ file, text: duplicateText(file) }));
    for (const order of [documents, [...documents].reverse()]) {
      const { records, diagnostics } = loadDocuments(order);
      expect(records).toHaveLength(1);
      expectMerged(records[0]);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]?.file).toBe(PARTIAL);
      expect(diagnostics[0]?.message).toContain(FULL);
    }
  });
});

describe('loadFolder', () => {
  it('loads every good file below the folder, recursively, and reports the bad ones', async () => {
    const { records, diagnostics, files } = await loadFolder(`${FIXTURES}folder`);
    expect(files.map((f) => [f.file, f.ok, f.code, f.kind])).toEqual([
      ['bad.txt', false, null, null],
      ['good.txt', true, 'S22786', 'description'],
      ['notes.md', true, null, null],
      ['sub/deeper/card.txt', true, 'S20264', 'card'],
      ['sub/deeper/empty.txt', false, null, null],
      ['sub/eakr.txt', true, 'A70726', 'description'],
    ]);
    // notes.md is not a .txt file: it is listed as skipped, and not read.
    expect(records.map((r) => r.code)).toEqual(['S22786', 'S20264', 'A70726']);
    expect(records.map((r) => r.sources.map((s) => s.file))).toEqual([
      ['good.txt'],
      ['sub/deeper/card.txt'],
      ['sub/eakr.txt'],
    ]);
    expect(diagnostics.map((d) => [d.severity, d.file, d.found])).toEqual([
      ['error', 'bad.txt', 'Kokouksen pöytäkirja 12.3.2021'],
      ['error', 'sub/deeper/empty.txt', '(empty file)'],
      ['warning', 'notes.md', null],
    ]);
    expect(records[0]).toEqual(seedRecord(SEED.kanto, 'good.txt'));
    for (const record of records) expect(ProjectRecord.safeParse(record).success).toBe(true);
  });
});
