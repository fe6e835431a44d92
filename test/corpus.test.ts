import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CRITERION_GROUPS,
  CRITERION_NAMES,
  type GeneratedDocument,
  generateCorpus,
  MOST_COMMON_ACRONYM,
  PROVINCE_NAMES,
  writeCorpus,
} from '../bench/corpus.ts';

/** The label lines of a description, in document order, as every seed description has them. */
const DESCRIPTION_LABELS: readonly string[] = [
  'Euroopan unioni Vipuvoimaa EU:lta',
  '1 Hanke',
  'Hankekoodi:',
  'Hankkeen nimi:',
  'Toimintalinja:',
  'Erityistavoite:',
  'Suunnitelman mukainen toteutusaika: Alkaa',
  'Toiminnan tila:',
  'Vastuuviranomainen:',
  '2 Hakijan perustiedot',
  'Hakijan virallinen nimi:',
  'Organisaatiotyyppi:',
  'Y-tunnus:',
  'Jakeluosoite:',
  'Puhelinnumero:',
  'Postinumero:',
  'Postitoimipaikka:',
  'WWW-osoite:',
  'Hankkeen yhteyshenkilön nimi:',
  'Yhteyshenkilön asema hakijaorganisaatiossa:',
  'Yhteyshenkilön sähköpostisoite:',
  'Yhteyshenkilön puhelinnumero:',
  'Hakijoiden lukumäärä tai tuen siirto -menettely:',
  '3 Suunnitelman mukainen tiivistelmä toteutuksesta',
  '4 Hankkeen kohderyhmät',
  '4.1 Varsinaiset kohderyhmät',
  '4.2 Välilliset kohderyhmät',
  '5 Projektin julkinen rahoitus, euroa',
  'Myönnetty EU- ja valtion rahoitus:',
  'Toteutunut EU- ja valtion rahoitus:',
  'Suunniteltu julkinen rahoitus yhteensä:',
  'Toteutunut julkinen rahoitus yhteensä:',
  '6 Maantieteellinen kohdealue',
  'Maakunnat:',
  'Seutukunnat:',
  'Kunnat:',
  'Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa',
  'Jakeluosoite:',
  'Postinumero:',
  'Postitoimipaikka:',
  '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista',
  '7.1 Osallistuvien yritysten lukumäärä',
  'Suunniteltu:',
  'Toteutunut seurantatietojen mukaan:',
  '7.2 Osallistuvien henkilöiden lukumäärä',
  'Suunniteltu:',
  '8 Horisontaaliset periaatteet',
  '8.1 Sukupuolten tasa-arvo',
  'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta:',
  'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen):',
  'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen:',
  '8.2 Kestävä kehitys',
  'VälitönVälillinen',
  '9 Loppuraportin tiivistelmä',
];

/** The label lines of a project card, in order, as seed 004 has them (trailing spaces included). */
const CARD_LABELS: readonly string[] = [
  'Hankkeen nimi, S-numero ja ',
  'toteutusaika ',
  'Rahoittaja ja toteutunut ',
  'julkinen rahoitus ',
  'Toteuttajat ',
  'Varsinaiset kohderyhmät ',
  'Hankkeen tausta ',
  'Tavoitteet  ',
  'Toimintatapa ',
  'Tuotokset ',
  'Lupaavat osallisuuden ',
  'käytännöt ja palaset ',
  'Muut tulokset ja vaikutukset ',
  'Levittäminen ja juurrutus ',
  'Erityishuomioita, kehittä-',
  'mistyön ongelmia ',
];

const EQUALITY_QUESTIONS = DESCRIPTION_LABELS.slice(48, 51);

/** Line numbers where each label starts a line, in order; -1 for a label not found after the last. */
function labelPositions(text: string, labels: readonly string[]): number[] {
  const lines = text.split('\n');
  const positions: number[] = [];
  let from = 0;
  for (const label of labels) {
    const index = lines.findIndex((line, i) => i >= from && line.startsWith(label));
    positions.push(index);
    if (index >= 0) from = index + 1;
  }
  return positions;
}

function missingLabels(text: string, labels: readonly string[]): string[] {
  const positions = labelPositions(text, labels);
  return labels.filter((_, i) => positions[i] === -1);
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const SEED_DIR = join(import.meta.dirname, '..', 'seeds');
const seedFiles = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEED_DIR, name), 'utf8'));
const seedDescriptions = seedFiles.filter((text) => text.includes('Hankekoodi:'));
const seedCards = seedFiles.filter((text) => !text.includes('Hankekoodi:'));

const corpus = generateCorpus({ count: 300, seed: 1 });
const descriptions = corpus.filter((d) => d.kind === 'description');
const cards = corpus.filter((d) => d.kind === 'card');

describe('the label lists used by these tests', () => {
  it('match every seed description and the seed card, so the tests check the real format', () => {
    expect(seedDescriptions.length).toBeGreaterThan(0);
    expect(seedCards.length).toBeGreaterThan(0);
    for (const text of seedDescriptions) {
      expect(missingLabels(text, DESCRIPTION_LABELS)).toEqual([]);
      expect(missingLabels(text, CRITERION_GROUPS)).toEqual([]);
      expect(missingLabels(text, CRITERION_NAMES)).toEqual([]);
    }
    for (const text of seedCards) expect(missingLabels(text, CARD_LABELS)).toEqual([]);
  });
});

describe('generateCorpus', () => {
  it('gives byte-identical documents for the same seed', () => {
    const first = generateCorpus({ count: 120, seed: 7 });
    const second = generateCorpus({ count: 120, seed: 7 });
    expect(second.map((d) => d.file)).toEqual(first.map((d) => d.file));
    expect(second.map((d) => d.text)).toEqual(first.map((d) => d.text));
    expect(JSON.stringify(second.map((d) => d.truth))).toBe(JSON.stringify(first.map((d) => d.truth)));
  });

  it('gives different documents for a different seed', () => {
    const first = generateCorpus({ count: 60, seed: 7 });
    const other = generateCorpus({ count: 60, seed: 8 });
    const shared = other.filter((d, i) => d.text === first[i]?.text);
    expect(shared).toEqual([]);
  });

  it('produces count documents with about cardShare cards', () => {
    expect(corpus).toHaveLength(300);
    expect(cards).toHaveLength(30);
    expect(generateCorpus({ count: 50, seed: 2, cardShare: 0 }).every((d) => d.kind === 'description')).toBe(
      true,
    );
    expect(generateCorpus({ count: 0, seed: 2 })).toEqual([]);
  });

  it('rejects options that make no sense', () => {
    expect(() => generateCorpus({ count: -1, seed: 1 })).toThrow('corpus: count');
    expect(() => generateCorpus({ count: 10, seed: 1, cardShare: 2 })).toThrow('corpus: cardShare');
  });

  it('names files NNN/NNNNNN_<16 hex>.txt, 1000 to a folder', () => {
    corpus.forEach((document, index) => {
      expect(document.file).toMatch(/^\d{3}\/\d{6}_[0-9a-f]{16}\.txt$/);
      expect(document.file.startsWith(`${String(Math.floor(index / 1000)).padStart(3, '0')}/`)).toBe(true);
    });
  });
});

describe('descriptions', () => {
  it('are 6–12 KB like the seeds', () => {
    for (const document of descriptions) {
      expect(bytes(document.text)).toBeGreaterThanOrEqual(6 * 1024);
      expect(bytes(document.text)).toBeLessThanOrEqual(12 * 1000);
    }
  });

  it('contain every label of the seeds in order, the fifteen criteria and no trailing newline', () => {
    for (const { text } of descriptions) {
      expect(missingLabels(text, DESCRIPTION_LABELS)).toEqual([]);
      expect(missingLabels(text, CRITERION_GROUPS)).toEqual([]);
      expect(missingLabels(text, CRITERION_NAMES)).toEqual([]);
      expect(text.endsWith('\n')).toBe(false);
    }
  });

  it('write each criterion as "Criterion D I" with scores 0–10', () => {
    for (const { text, truth } of descriptions) {
      const lines = text.split('\n');
      truth.sustainability.forEach(({ criterion, direct, indirect }) => {
        const line = lines.find((l) => l.startsWith(`${criterion} `) && /\d+ \d+$/.test(l));
        expect(line).toBe(`${criterion} ${direct} ${indirect}`);
        expect(direct).toBeLessThanOrEqual(10);
        expect(indirect).toBeLessThanOrEqual(10);
      });
    }
  });

  it('follow each 8.1 yes/no line with an explanation line', () => {
    for (const { text } of descriptions) {
      const lines = text.split('\n');
      for (const question of EQUALITY_QUESTIONS) {
        const index = lines.findIndex((line) => line.startsWith(question));
        expect(lines[index]).toMatch(/: (Kyllä|Ei)$/);
        const explanation = lines[index + 1] ?? '';
        expect(explanation.trim()).not.toBe('');
        expect(EQUALITY_QUESTIONS.some((q) => explanation.startsWith(q))).toBe(false);
      }
    }
  });

  it('use the ESR and EAKR titles with S2xxxx and A7xxxx codes, about 70 % ESR', () => {
    for (const { text, truth } of descriptions) {
      if (truth.fund === 'ESR') {
        expect(truth.code).toMatch(/^S2\d{4}$/);
        expect(text).toContain('\n\nEuroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n\n');
      } else {
        expect(truth.code).toMatch(/^A7\d{4}$/);
        expect(text).toContain('\n\nEuroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus\n\n');
      }
      expect(text).toContain(`\nHankekoodi: ${truth.code}\n`);
    }
    const esrShare = descriptions.filter((d) => d.truth.fund === 'ESR').length / descriptions.length;
    expect(esrShare).toBeGreaterThan(0.6);
    expect(esrShare).toBeLessThan(0.8);
  });

  it('have codes unique within the corpus', () => {
    const codes = descriptions.map((d) => d.truth.code);
    expect(new Set(codes).size).toBe(codes.length);
    const cardOnly = cards.filter((d) => !d.truth.hasDescription).map((d) => d.truth.code);
    expect(cardOnly.filter((code) => codes.includes(code))).toEqual([]);
  });

  it('carry valid Y-tunnus check digits, the same for every document of one organisation', () => {
    const idByName = new Map<string, string>();
    for (const { text, truth } of descriptions) {
      expect(FinnishBusinessIds.isValidBusinessId(truth.applicant.businessId)).toBe(true);
      expect(text).toContain(`\nY-tunnus: ${truth.applicant.businessId}\n`);
      const known = idByName.get(truth.applicant.name);
      if (known) expect(truth.applicant.businessId).toBe(known);
      idByName.set(truth.applicant.name, truth.applicant.businessId);
    }
  });

  it('write the truth into the text: contact, money, region, status and dates', () => {
    for (const { text, truth } of descriptions) {
      expect(text).toContain(`\nHankkeen yhteyshenkilön nimi: ${truth.contact.writtenName}\n`);
      expect(text).toContain(
        `\nYhteyshenkilön sähköpostisoite: ${truth.contact.email.replace('@', '(at)')}\n`,
      );
      expect(truth.contact.email).toMatch(/^[a-z.-]+@[a-z0-9.-]+\.fi$/);
      const granted = /Myönnetty EU- ja valtion rahoitus: ([\d \u00a0\u2009\u202f]+)\n/.exec(text)?.[1] ?? '';
      expect(Number(granted.replace(/[\s\u2009\u202f]/g, ''))).toBe(truth.funding.grantedEuState);
      expect(text).toContain(`\nMaakunnat: ${truth.region.provinces.join(', ')}\n`);
      expect(text).toContain(`\nKunnat: ${truth.region.municipalities.join(', ')}\n`);
      for (const province of truth.region.provinces) expect(PROVINCE_NAMES).toContain(province);
      expect(text).toContain(`\nToiminnan tila: ${truth.status}\n`);
      const afterReportLabel = text.slice(text.indexOf('9 Loppuraportin tiivistelmä\n\n') + 29);
      expect(afterReportLabel === '-').toBe(!truth.hasFinalReport);
    }
  });

  it('keep funding within bounds: granted 50 000 – 3 000 000, totals at least EU+state', () => {
    for (const { truth } of descriptions) {
      const { grantedEuState, realizedEuState, plannedPublicTotal, realizedPublicTotal } = truth.funding;
      expect(grantedEuState).toBeGreaterThanOrEqual(50_000);
      expect(grantedEuState).toBeLessThanOrEqual(3_000_000);
      expect(plannedPublicTotal).toBeGreaterThanOrEqual(grantedEuState);
      expect(realizedPublicTotal).toBeGreaterThanOrEqual(realizedEuState);
      expect(realizedEuState).toBeLessThanOrEqual(Math.ceil(grantedEuState * 1.02));
    }
  });

  it('give statuses that agree with the dates', () => {
    for (const { truth } of descriptions) {
      expect(truth.period.start < truth.period.end).toBe(true);
      if (truth.status === 'Toiminnassa') expect(truth.period.end > '2023-06-30').toBe(true);
      if (truth.status === 'Toiminta päättynyt') expect(truth.period.end <= '2023-06-30').toBe(true);
    }
    const statuses = new Set(descriptions.map((d) => d.truth.status));
    expect(statuses).toContain('Toiminta päättynyt');
    expect(statuses).toContain('Toiminnassa');
  });

  it('vary like the seeds: surname-first names, values on the next line, empty fields, list forms', () => {
    const texts = descriptions.map((d) => d.text);
    expect(descriptions.some((d) => d.truth.contact.writtenName !== d.truth.contact.name)).toBe(true);
    expect(texts.some((t) => t.includes('Hakijoiden lukumäärä tai tuen siirto -menettely:\n\n'))).toBe(true);
    expect(texts.some((t) => t.includes('Hakijoiden lukumäärä tai tuen siirto -menettely: '))).toBe(true);
    expect(texts.some((t) => t.includes('\nWWW-osoite:\n'))).toBe(true);
    expect(texts.some((t) => /\n- \S/.test(t))).toBe(true);
    expect(texts.some((t) => /\n1\) \S/.test(t))).toBe(true);
    expect(texts.some((t) => /rahoitus: \d{1,3}[\u00a0\u2009\u202f]\d{3}/.test(t))).toBe(true);
  });

  it('plant the distinctive phrases verbatim, and no phrase is part of another', () => {
    const phrases = descriptions.flatMap((d) => d.truth.phrases);
    expect(new Set(phrases.map((p) => p.toLowerCase())).size).toBe(phrases.length);
    for (const { text, truth } of descriptions) {
      for (const phrase of truth.phrases) expect(text).toContain(phrase);
    }
    const joined = phrases.join('\n').toLowerCase();
    for (const phrase of phrases) {
      expect(joined.split(phrase.toLowerCase()).length - 1).toBe(1);
    }
  });

  it('reuse acronyms across projects with different full names', () => {
    const withTopAcronym = corpus
      .filter((d) => d.truth.acronym === MOST_COMMON_ACRONYM)
      .map((d) => d.truth.name);
    expect(new Set(withTopAcronym).size).toBeGreaterThanOrEqual(5);
    const names = descriptions.map((d) => d.truth.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('project cards', () => {
  const descriptionCodes = new Set(descriptions.map((d) => d.truth.code));

  it('follow the layout of the seed card', () => {
    for (const { text, truth } of cards) {
      expect(missingLabels(text, CARD_LABELS)).toEqual([]);
      expect(text.startsWith(` ${truth.code}, ${truth.name} \n\n`)).toBe(true);
      expect(text).toContain('Erityishuomioita, kehittä-\n\nmistyön ongelmia \n\n');
      expect(text.endsWith('\n\n')).toBe(true);
    }
  });

  it('are about codes that have a description, except a few card-only projects', () => {
    const cardOnly = cards.filter((d) => !d.truth.hasDescription);
    expect(cardOnly.length).toBeGreaterThan(0);
    expect(cardOnly.length).toBeLessThan(cards.length / 3);
    for (const { truth } of cards) {
      expect(truth.fund).toBe('ESR');
      expect(descriptionCodes.has(truth.code)).toBe(truth.hasDescription);
    }
    const description = descriptions.find((d) => d.truth.card !== null);
    expect(description?.truth.card).not.toBeNull();
  });

  it('list the phrase of a card-only project among its outputs, so every phrase is findable', () => {
    for (const { text, truth } of cards.filter((d) => !d.truth.hasDescription)) {
      expect(truth.phrases).toHaveLength(1);
      expect(truth.card?.outputs[0]?.startsWith(`${truth.phrases[0]} (`)).toBe(true);
      expect(text.replace(/ \n\n/g, ' ')).toContain(truth.phrases[0]);
    }
  });

  it('mention their related codes in parentheses and link to them', () => {
    for (const { text, truth } of cards) {
      const card = truth.card;
      if (!card) throw new Error(`card ${truth.code} has no card truth`);
      expect(card.relatedCodes.length).toBeGreaterThan(0);
      for (const code of card.relatedCodes) {
        expect(text.replace(/ \n\n/g, ' ')).toContain(`(${code})`);
        expect(text).toContain(`https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=${code}\n`);
      }
      for (const link of card.links) expect(text).toContain(`${link}\n`);
      expect(text).toContain(`${card.funder}, `);
    }
  });
});

describe('writeCorpus', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes every document as a .txt file and returns the same documents as generateCorpus', async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankebotti-corpus-'));
    const written: GeneratedDocument[] = await writeCorpus(dir, { count: 40, seed: 5 });
    const generated = generateCorpus({ count: 40, seed: 5 });
    expect(written.map((d) => d.text)).toEqual(generated.map((d) => d.text));
    for (const document of written) {
      expect(await readFile(join(dir, document.file), 'utf8')).toBe(document.text);
    }
  });
});
