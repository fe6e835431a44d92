/**
 * Shared by the SVG charts (chart.ts) and the terminal text charts (chart-text.ts): the chart input
 * types, localized strings, number formatting and the data preparation (sanitising, sorting, shares).
 * Pure and deterministic.
 */

export type Lang = 'fi' | 'en';

export interface FundingChartInput {
  code: string;
  name: string;
  grantedEuState: number | null;
  realizedEuState: number | null;
  plannedPublicTotal: number | null;
  realizedPublicTotal: number | null;
}

export interface BreakdownRow {
  label: string;
  realizedPublic: number;
  count: number;
}

/** `title` is given already localized by the caller. */
export interface BreakdownChartInput {
  title: string;
  rows: BreakdownRow[];
  /**
   * `value` (the default): largest first. `given`: the rows' own order, for rows with an order of
   * their own (years), so the chart agrees with the list beside it.
   */
  order?: 'value' | 'given';
}

/** At most this many rows are drawn; beyond it the smallest are summed into one "Muut" / "Other" row. */
export const MAX_BREAKDOWN_ROWS = 15;

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', en: 'en-GB' };

const STRINGS = {
  fi: {
    granted: 'Myönnetty EU- ja valtion rahoitus',
    realizedEuState: 'Toteutunut EU- ja valtion rahoitus',
    planned: 'Suunniteltu julkinen rahoitus yhteensä',
    realizedPublic: 'Toteutunut julkinen rahoitus yhteensä',
    noData: 'ei tietoa',
    realizedMissing: 'Toteutuneita lukuja ei ole vielä',
    used: 'Käytetty',
    other: 'Muut',
    total: 'Yhteensä',
  },
  en: {
    granted: 'Granted EU + state funding',
    realizedEuState: 'Realised EU + state funding',
    planned: 'Planned total public funding',
    realizedPublic: 'Realised total public funding',
    noData: 'no data',
    realizedMissing: 'Realised figures not available',
    used: 'Used',
    other: 'Other',
    total: 'Total',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ChartStrings = (typeof STRINGS)[Lang];

export function chartStrings(lang: Lang): ChartStrings {
  return STRINGS[lang] ?? STRINGS.fi;
}

const euroFormats = new Map<Lang, Intl.NumberFormat>();
const percentFormats = new Map<Lang, Intl.NumberFormat>();
const integerFormats = new Map<Lang, Intl.NumberFormat>();

function cached(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions) {
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang] ?? LOCALES.fi, options);
    cache.set(lang, f);
  }
  return f;
}

/** Whole euros: fi "1 319 685 €" (U+00A0 separators), en "€1,319,685". */
export function formatEuro(value: number, lang: Lang): string {
  return cached(euroFormats, lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A ratio as a percentage with one decimal: fi "97,7 %", en "97.7%". */
export function formatPercent(ratio: number, lang: Lang): string {
  return cached(percentFormats, lang, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

export function formatInteger(value: number, lang: Lang): string {
  return cached(integerFormats, lang, { maximumFractionDigits: 0 }).format(value);
}

/** "1 hanke" / "3 hanketta", "1 project" / "3 projects". */
export function formatProjectCount(count: number, lang: Lang): string {
  const n = formatInteger(count, lang);
  if (lang === 'en') return `${n} ${count === 1 ? 'project' : 'projects'}`;
  return `${n} ${count === 1 ? 'hanke' : 'hanketta'}`;
}

/** "Käytetty 97,7 %" / "Used 97.7%". */
export function formatShare(ratio: number, lang: Lang): string {
  return `${chartStrings(lang).used} ${formatPercent(ratio, lang)}`;
}

/** A finite number, or null (null, undefined, NaN and ±Infinity all count as missing). */
export function amount(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** realised / base, or null when either is missing or the base is not positive (no division by zero). */
export function shareOf(realised: number | null, base: number | null): number | null {
  if (realised === null || base === null || base <= 0) return null;
  const ratio = realised / base;
  return Number.isFinite(ratio) ? ratio : null;
}

/**
 * Makes any caller-supplied text safe and single-line: drops characters XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE/U+FFFF), collapses whitespace, NFC-normalises.
 */
export function cleanText(text: string | null | undefined): string {
  if (typeof text !== 'string') return '';
  return (
    text
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export type BarKind = 'plan' | 'realised';

export interface FundingBar {
  label: string;
  value: number | null;
  kind: BarKind;
}

export interface FundingGroup {
  bars: [FundingBar, FundingBar];
  /** realised / planned (granted), or null when it cannot be computed. */
  share: number | null;
}

export interface FundingModel {
  code: string;
  name: string;
  groups: [FundingGroup, FundingGroup];
  /** Both realised figures are missing. */
  realisedMissing: boolean;
  /** Largest positive value over all four bars (0 when there is none). */
  max: number;
}

export function fundingModel(input: FundingChartInput, lang: Lang): FundingModel {
  const s = chartStrings(lang);
  const granted = amount(input.grantedEuState);
  const realisedEu = amount(input.realizedEuState);
  const planned = amount(input.plannedPublicTotal);
  const realisedPublic = amount(input.realizedPublicTotal);
  const max = Math.max(0, ...[granted, realisedEu, planned, realisedPublic].map((v) => v ?? 0));
  return {
    code: cleanText(input.code),
    name: cleanText(input.name),
    groups: [
      {
        bars: [
          { label: s.granted, value: granted, kind: 'plan' },
          { label: s.realizedEuState, value: realisedEu, kind: 'realised' },
        ],
        share: shareOf(realisedEu, granted),
      },
      {
        bars: [
          { label: s.planned, value: planned, kind: 'plan' },
          { label: s.realizedPublic, value: realisedPublic, kind: 'realised' },
        ],
        share: shareOf(realisedPublic, planned),
      },
    ],
    realisedMissing: realisedEu === null && realisedPublic === null,
    max,
  };
}

export interface BreakdownModelRow {
  label: string;
  value: number;
  count: number;
  /** The summed "Muut" / "Other" row. */
  other: boolean;
}

export interface BreakdownModel {
  title: string;
  rows: BreakdownModelRow[];
  total: number;
  totalCount: number;
  /** Largest positive row value (0 when there is none). */
  max: number;
}

/**
 * Rows sorted by realised public funding (descending; ties by count, then label) or kept in their
 * given order, capped with "Muut" (the smallest rows, or the last ones in given order).
 */
export function breakdownModel(input: BreakdownChartInput, lang: Lang): BreakdownModel {
  const rows: BreakdownModelRow[] = (input.rows ?? []).map((r) => ({
    label: cleanText(r.label) || '–',
    value: amount(r.realizedPublic) ?? 0,
    count: Math.max(0, Math.round(amount(r.count) ?? 0)),
    other: false,
  }));
  if (input.order !== 'given') {
    rows.sort(
      (a, b) =>
        b.value - a.value || b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
  }
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  const totalCount = rows.reduce((sum, r) => sum + r.count, 0);
  let shown = rows;
  if (rows.length > MAX_BREAKDOWN_ROWS) {
    const rest = rows.slice(MAX_BREAKDOWN_ROWS - 1);
    shown = rows.slice(0, MAX_BREAKDOWN_ROWS - 1);
    shown.push({
      label: chartStrings(lang).other,
      value: rest.reduce((sum, r) => sum + r.value, 0),
      count: rest.reduce((sum, r) => sum + r.count, 0),
      other: true,
    });
  }
  return {
    title: cleanText(input.title),
    rows: shown,
    total,
    totalCount,
    max: Math.max(0, ...shown.map((r) => r.value)),
  };
}

/** "Yhteensä 2 384 291 € · 4 hanketta" / "Total €2,384,291 · 4 projects". */
export function formatTotals(model: BreakdownModel, lang: Lang): string {
  return `${chartStrings(lang).total} ${formatEuro(model.total, lang)} · ${formatProjectCount(model.totalCount, lang)}`;
}

/** "1 234 567 € · 3 hanketta" beside a breakdown bar. */
export function formatRowValue(row: BreakdownModelRow, lang: Lang): string {
  return `${formatEuro(row.value, lang)} · ${formatProjectCount(row.count, lang)}`;
}
