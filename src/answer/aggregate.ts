/**
 * Totals over many projects: sums and counts, breakdowns per region, status, organisation type or
 * start year, and amount thresholds ("over 1 M€"). Used by free-text questions and by `/stats`.
 */
import { type AnswerKey, capitalize, countOf, say } from '../i18n/answers.ts';
import { formatEuros, type Lang } from '../i18n/format.ts';
import { type MessageKey, t } from '../i18n/messages.ts';
import type { Funding, ProjectRecord } from '../records/schema.ts';
import { itemOf } from './project.ts';
import { type Answer, answer } from './types.ts';

export const BREAKDOWNS = ['region', 'status', 'orgType', 'year'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export type Measure = keyof Funding;
export const MEASURES: readonly Measure[] = [
  'realizedPublicTotal',
  'plannedPublicTotal',
  'grantedEuState',
  'realizedEuState',
];

/** The name of each measure in `i18n/answers.ts`. */
const MEASURE_NAMES = {
  grantedEuState: 'measureGrantedEuState',
  realizedEuState: 'measureRealizedEuState',
  plannedPublicTotal: 'measurePlannedPublicTotal',
  realizedPublicTotal: 'measureRealizedPublicTotal',
} as const satisfies Record<Measure, AnswerKey>;

/** The title of each breakdown in `i18n/messages.ts`. */
const BREAKDOWN_TITLES = {
  region: 'statsByRegion',
  status: 'statsByStatus',
  orgType: 'statsByOrgType',
  year: 'statsByYear',
} as const satisfies Record<Breakdown, MessageKey>;

export function sum(records: readonly ProjectRecord[], measure: Measure): { total: number; missing: number } {
  let total = 0;
  let missing = 0;
  for (const record of records) {
    const value = record.funding[measure];
    if (value == null) missing++;
    else total += value;
  }
  return { total, missing };
}

function keysOf(record: ProjectRecord, by: Breakdown, lang: Lang): string[] {
  const unknown = t(lang, 'unknownGroup');
  switch (by) {
    case 'region':
      return record.region.provinces.length ? record.region.provinces : [unknown];
    case 'status':
      return [record.status ?? unknown];
    case 'orgType':
      return [record.applicant.orgType ?? unknown];
    case 'year':
      return [record.period.start?.slice(0, 4) ?? unknown];
  }
}

export interface BreakdownRow {
  label: string;
  realizedPublic: number;
  count: number;
}

/** Rows sorted by realised public funding, largest first (years in order). */
export function breakdownRows(records: readonly ProjectRecord[], by: Breakdown, lang: Lang): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  for (const record of records) {
    for (const label of keysOf(record, by, lang)) {
      const row = rows.get(label) ?? { label, realizedPublic: 0, count: 0 };
      row.realizedPublic += record.funding.realizedPublicTotal ?? 0;
      row.count += 1;
      rows.set(label, row);
    }
  }
  const list = [...rows.values()];
  return by === 'year'
    ? list.sort((a, b) => a.label.localeCompare(b.label))
    : list.sort(
        (a, b) =>
          b.realizedPublic - a.realizedPublic || b.count - a.count || a.label.localeCompare(b.label, 'fi'),
      );
}

/** The `/stats` answer: one line per group, with totals and a chart request. */
export function statsAnswer(
  records: readonly ProjectRecord[],
  by: Breakdown,
  lang: Lang,
  scope?: string | null,
): Answer {
  const rows = breakdownRows(records, by, lang);
  const total = sum(records, 'realizedPublicTotal').total;
  const title = t(lang, BREAKDOWN_TITLES[by]) + (scope ? ` – ${scope}` : '');
  const lines = rows.map(
    (row) =>
      `• ${row.label}: ${formatEuros(row.realizedPublic, lang)} (${countOf(row.count, 'project', lang)})`,
  );
  const totalLine = t(lang, 'statsTotal')(formatEuros(total, lang), countOf(records.length, 'project', lang));
  const note =
    by === 'region' && records.some((r) => r.region.provinces.length > 1)
      ? t(lang, 'statsSeveralRegions')
      : null;
  return answer({
    intent: 'stats',
    lang,
    title,
    text: [totalLine, ...lines.slice(0, 30), rows.length > 30 ? '…' : null, note].filter(Boolean).join('\n'),
    footer: null,
    chart: { kind: 'breakdown', title, rows, order: by === 'year' ? 'given' : 'value' },
  });
}

/** Totals of the four funding figures over `records`, the asked-for measure first. */
export function totalsAnswer(
  records: readonly ProjectRecord[],
  lang: Lang,
  first: Measure,
  scope: string | null,
): Answer {
  const ordered = [first, ...MEASURES.filter((m) => m !== first)];
  const lines = ordered.map((measure) => {
    const { total, missing } = sum(records, measure);
    const gap = missing ? ` (${countOf(missing, 'withoutData', lang)})` : '';
    return `• ${capitalize(say(lang, MEASURE_NAMES[measure]))}: ${formatEuros(total, lang)}${gap}`;
  });
  const head = say(lang, 'total')(
    scope ?? '',
    countOf(records.length, 'project', lang),
    say(lang, MEASURE_NAMES[first]),
    formatEuros(sum(records, first).total, lang),
  );
  return answer({
    intent: 'aggregate',
    lang,
    text: [head, ...lines].join('\n'),
    codes: [],
  });
}

/** How many projects (in a scope), naming them when there are few. */
export function countAnswer(records: readonly ProjectRecord[], lang: Lang, scope: string | null): Answer {
  const head = say(lang, 'count')(scope ?? '', countOf(records.length, 'project', lang));
  return answer({
    intent: 'aggregate',
    lang,
    text: head,
    codes: records.slice(0, 25).map((r) => r.code),
    items: records.slice(0, 10).map((record) => itemOf(record)),
  });
}

/**
 * An amount threshold in a question: "yli 1 M€", "over 1 million", "alle 500 000 euroa", "> 200k".
 * Returns the comparison and the amount in euros.
 */
/** Number words before "miljoonaa", "million", "tuhatta", "thousand". */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  yksi: 1,
  yhden: 1,
  kaksi: 2,
  kahden: 2,
  two: 2,
  kolme: 3,
  kolmen: 3,
  three: 3,
  neljä: 4,
  neljän: 4,
  four: 4,
  viisi: 5,
  viiden: 5,
  five: 5,
  kuusi: 6,
  six: 6,
  seitsemän: 7,
  seven: 7,
  kahdeksan: 8,
  eight: 8,
  yhdeksän: 9,
  nine: 9,
  kymmenen: 10,
  ten: 10,
  sata: 100,
  hundred: 100,
};

export function thresholdIn(text: string): { op: 'over' | 'under'; amount: number } | null {
  // "Puoli miljoonaa" and "half a million" are amounts too.
  const lower = text
    .toLocaleLowerCase('fi')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\b(puoli|half a)\s+(milj\w*|million)/g, '0,5 $2')
    // "Yli kaksi miljoonaa", "over three million", "over a million", "yli miljoonan".
    .replace(
      /(?<![\p{L}\d])(\p{L}+)\s+(milj\w*|million|tuhat\w*|thousand)/gu,
      (whole, word: string, unit: string) =>
        NUMBER_WORDS[word] != null ? `${NUMBER_WORDS[word]} ${unit}` : whole,
    )
    .replace(
      /\b(yli|over|more than|above|alle|under|less than|below|vähintään|at least)\s+(milj\w*|million)/g,
      '$1 1 $2',
    );
  const match =
    /(yli|ylitti|ylittää|ylittävä\w*|over|more than|above|exceed\w*|vähintään|at least|>|alle|alitti|under|less than|below|<)\s*(\d+(?:[ ,.]\d+)*)\s*(m€|meur|milj\w*|million|mn|k€|k|t€|tuhatta|thousand|€|euro\w*|eur)?/.exec(
      lower,
    );
  if (!match) return null;
  const op = /alle|alitti|under|less|below|</.test(match[1] as string) ? 'under' : 'over';
  const rawNumber = (match[2] as string).replace(/ /g, '');
  const unit = match[3] ?? '';
  const number = Number(
    /^\d+[,.]\d{1,2}$/.test(rawNumber) ? rawNumber.replace(',', '.') : rawNumber.replace(/[,.]/g, ''),
  );
  if (!Number.isFinite(number)) return null;
  const factor = /^(m€|meur|milj|million|mn)/.test(unit)
    ? 1_000_000
    : /^(k€|k$|t€|tuhat|thousand)/.test(unit)
      ? 1000
      : 1;
  if (!unit && number < 1000) return null;
  return { op, amount: Math.round(number * factor) };
}

/** The breakdown words name, or null when none does ("kunta" is not one: there is no such breakdown). */
export function breakdownNamed(tokens: readonly string[]): Breakdown | null {
  const has = (...prefixes: string[]) => tokens.some((t) => prefixes.some((p) => t.startsWith(p)));
  if (has('vuo', 'year', 'aloitusvuo')) return 'year';
  if (has('tila', 'status')) return 'status';
  if (has('organisaatio', 'tyyp', 'type', 'orgtype', 'toteuttaja')) return 'orgType';
  if (has('maakun', 'region', 'alue', 'province')) return 'region';
  return null;
}
