/**
 * Parser of the evaluation reports' project cards. They are PDF-extracted: labels are broken over
 * lines and hyphenated ("kehittä-" / "mistyön ongelmia"), values wrap, and a label may share its line
 * with its value. The parser folds the text into one line (remembering each character's source line),
 * finds the known labels in order, and takes the text between two labels as the first one's value.
 */
import { type DiagnosticLog, excerpt, guarded, type ParseResult, validated } from './document.ts';
import { CARD_LABELS, type CardLabelKey } from './labels.ts';
import type { Card } from './schema.ts';
import { nonEmpty, normalizeNewlines, parseEuros, parseFinnishDate, squeeze } from './values.ts';

/** Text folded to single spaces, with a way back to the source line of any character (`lineAt`). */
interface Folded {
  text: string;
  /** Where each source line's text starts in `text`: offsets ascending, with their line numbers. */
  starts: number[];
  numbers: number[];
}

/** The source line of the character of `folded.text` at `offset`. */
function lineAt({ starts, numbers }: Folded, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return numbers[low] ?? 0;
}

/** Words that follow a line-end hyphen without joining it ("sosiaali- ja terveys"). */
const CONJUNCTIONS = new Set(['ja', 'tai', 'sekä', 'eli', 'että']);

/**
 * Folds line breaks and runs of white space into single spaces and rejoins words hyphenated at a line
 * end ("kehittä-\n\nmistyön" → "kehittämistyön"), keeping a map back to the original lines.
 */
export function foldText(raw: string): Folded {
  const lines = normalizeNewlines(raw).split('\n');
  const parts: string[] = [];
  let length = 0;
  let endsHyphenated = false;
  const starts: number[] = [];
  const numbers: number[] = [];
  lines.forEach((rawLine, index) => {
    const line = squeeze(rawLine);
    if (line === '') return;
    let chunk = line;
    if (length > 0) {
      // Only a line after a hyphenated one needs its first word.
      const firstWord = endsHyphenated ? /^\p{Ll}+/u.exec(line)?.[0] : undefined;
      if (firstWord && !CONJUNCTIONS.has(firstWord)) {
        parts[parts.length - 1] = (parts.at(-1) as string).slice(0, -1);
        length -= 1;
      } else {
        chunk = ` ${line}`;
      }
    }
    starts.push(length);
    numbers.push(index + 1);
    parts.push(chunk);
    length += chunk.length;
    endsHyphenated = line.endsWith('-') && /\p{L}-$/u.test(line);
  });
  return { text: parts.join(''), starts, numbers };
}

const LABEL_KEYS = Object.keys(CARD_LABELS) as CardLabelKey[];
const CODE = /\b[SA]\d{5}\b/g;
const URL = /https?:\/\/\S+/g;

/** True when the text looks like a project card rather than a description. */
export function looksLikeCard(raw: string): boolean {
  return foldText(raw.slice(0, 4000)).text.includes(CARD_LABELS.identity);
}

interface LabelHit {
  key: CardLabelKey;
  start: number;
  end: number;
}

/** Finds each label once, in document order, searching only after the previous label. */
function findLabels(folded: Folded): LabelHit[] {
  const hits: LabelHit[] = [];
  let from = 0;
  for (const key of LABEL_KEYS) {
    const label = CARD_LABELS[key];
    const at = folded.text.indexOf(label, from);
    if (at === -1) continue;
    hits.push({ key, start: at, end: at + label.length });
    from = at + label.length;
  }
  return hits;
}

/**
 * Parses one project card.
 *
 * @param text the whole file
 * @param file the file name used in diagnostics and in `sources`
 * @returns a card-only ProjectRecord (its `card` set, description fields filled where the card has
 *   them: name, period, realised public funding, implementer, primary target groups)
 */
export function parseCard(text: string, file: string): ParseResult {
  return guarded(file, 'card', (log) => parseCardUnsafe(text, file, log));
}

function parseCardUnsafe(raw: string, file: string, log: DiagnosticLog): ParseResult {
  const folded = foldText(raw);
  const hits = findLabels(folded);
  // The card ends with a block of links; the last label's value stops where that block starts.
  const linkBlock = /(?:\s*https?:\/\/\S+)+\s*$/.exec(folded.text);
  const textEnd = linkBlock ? linkBlock.index : folded.text.length;
  const values = new Map<CardLabelKey, { value: string | null; line: number }>();
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.start ?? Math.max(hit.end, textEnd);
    values.set(hit.key, {
      value: nonEmpty(folded.text.slice(hit.end, next)),
      line: lineAt(folded, hit.start),
    });
  });
  for (const key of LABEL_KEYS) {
    if (!values.has(key)) log.warn(0, CARD_LABELS[key], `card label "${CARD_LABELS[key]}" is missing`);
  }

  // "S21154, Joensuun KAKE 2.0, 2.1.2018 – 31.12.2021 (hanke RR-tietopalvelussa)"
  const identity = labelValue(values, 'identity') ?? squeeze(folded.text.slice(0, hits[0]?.start ?? 0));
  const code = (identity.match(CODE) ?? folded.text.match(CODE) ?? [])[0] ?? null;
  if (!code) {
    log.error(
      values.get('identity')?.line ?? 0,
      CARD_LABELS.identity,
      'no project code found in the card',
      excerpt(identity),
    );
    return { file, kind: 'card', code: null, record: null, diagnostics: log.diagnostics };
  }
  const identityLine = values.get('identity')?.line ?? 1;
  const dates = /(\d{1,2}\.\d{1,2}\.\d{4})\s*[–-]\s*(\d{1,2}\.\d{1,2}\.\d{4})/.exec(identity);
  const afterCode = identity.slice(identity.indexOf(code) + code.length).replace(/^\s*,\s*/, '');
  // The name runs up to the dates or, without dates, up to the "(hanke RR-tietopalvelussa)" note.
  const beforeDates = dates
    ? afterCode.slice(0, afterCode.indexOf(dates[0]))
    : afterCode.replace(/\s*\(hanke RR-tietopalvelussa\)\s*$/i, '');
  const name = nonEmpty(beforeDates.replace(/,\s*$/, ''));

  // "Etelä-Savon ELY-keskus, 1 626 932 €"
  const funderText = labelValue(values, 'funder');
  const sum = funderText ? /,?\s*([\d\s\u00a0]+)\s*€?\s*$/.exec(funderText) : null;
  let realizedPublicTotal: number | null = null;
  if (sum) {
    const euros = parseEuros(sum[1] as string);
    if ('value' in euros) realizedPublicTotal = euros.value;
    else
      log.warn(values.get('funder')?.line ?? 0, CARD_LABELS.funder, euros.error, excerpt(funderText ?? ''));
  }
  const funder = nonEmpty(sum && funderText ? funderText.slice(0, sum.index) : funderText);

  const allText = folded.text;
  const links = [...new Set(allText.match(URL) ?? [])];
  const relatedCodes = [...new Set(allText.match(CODE) ?? [])].filter((c) => c !== code).sort();

  const card: Card = {
    background: labelValue(values, 'background'),
    goals: labelValue(values, 'goals'),
    approach: labelValue(values, 'approach'),
    outputs: splitOutputs(labelValue(values, 'outputs')),
    practices: labelValue(values, 'practices'),
    results: labelValue(values, 'results'),
    dissemination: labelValue(values, 'dissemination'),
    remarks: labelValue(values, 'remarks'),
    relatedCodes,
    links,
    funder,
    implementers: implementersOf(labelValue(values, 'implementers')),
  };
  const implementer =
    labelValue(values, 'implementers')?.replace(/\s*\((?:pää)?toteuttaja\).*$/i, '') ?? null;
  const candidate = {
    code,
    name,
    fund: code.startsWith('S') ? ('ESR' as const) : ('EAKR' as const),
    priorityAxis: null,
    specificObjective: null,
    period: {
      start: readIdentityDate(dates?.[1], identityLine, log),
      end: readIdentityDate(dates?.[2], identityLine, log),
    },
    status: null,
    authority: null,
    applicant: {
      name: nonEmpty(implementer),
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
    targetGroups: { primary: splitSemicolons(labelValue(values, 'targets')), indirect: [] },
    funding: { grantedEuState: null, realizedEuState: null, plannedPublicTotal: null, realizedPublicTotal },
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
    card,
    sources: [{ file, kind: 'card' as const, line: Math.max(1, identityLine) }],
  };
  return validated(candidate, file, 'card', code, log);
}

function labelValue(values: Map<CardLabelKey, { value: string | null }>, key: CardLabelKey): string | null {
  return values.get(key)?.value ?? null;
}

/** A date of the identity line ("2.1.2018 – 31.12.2021"), with a warning when it is no date. */
function readIdentityDate(raw: string | undefined, line: number, log: DiagnosticLog): string | null {
  if (!raw) return null;
  const result = parseFinnishDate(raw);
  if ('error' in result) {
    log.warn(line, CARD_LABELS.identity, result.error, raw);
    return null;
  }
  return result.value;
}

function splitSemicolons(text: string | null): string[] {
  return (text ?? '')
    .split(';')
    .map((item) => squeeze(item))
    .filter(Boolean);
}

/** "Vinkkivihkoset (joensuu.fi, 2021): A; B; C" lists A, B and C; without a colon the items themselves. */
function splitOutputs(text: string | null): string[] {
  if (!text) return [];
  const colon = text.indexOf(':');
  const list = colon !== -1 && text.slice(colon + 1).includes(';') ? text.slice(colon + 1) : text;
  return splitSemicolons(list);
}

/**
 * The implementers of a card's "Toteuttajat" value, the main one first: "Koulutuskuntayhtymä
 * Tavastia (päätoteuttaja) ja Hämeenlinnan kaupunki" → both names, their roles dropped.
 */
export function implementersOf(value: string | null): string[] {
  if (!value) return [];
  const names = value
    .split(/\s*(?:;|,(?![^()]*\))|\sja\s|\sand\s)\s*/u)
    .map((name) => name.replace(/\s*\((?:pää|osa|muu)?toteuttaja\)/giu, '').trim())
    .filter((name) => name.length > 1);
  const main = value
    .match(/([^;,]*?)\s*\(päätoteuttaja\)/iu)?.[1]
    ?.replace(/^.*\sja\s/u, '')
    .trim();
  const ordered = main ? [main, ...names.filter((name) => name !== main)] : names;
  return [...new Set(ordered)];
}
