/**
 * Numbers, sums and dates the way each language writes them, through `Intl` only: Finnish
 * "1 319 685 €" and "2.1.2018", English "€1,319,685" and "2 Jan 2018".
 */
export type Lang = 'fi' | 'en';

export const LANGS: readonly Lang[] = ['fi', 'en'];

const LOCALE: Record<Lang, string> = { fi: 'fi-FI', en: 'en-GB' };

const euroFormat = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  ]),
) as Record<Lang, Intl.NumberFormat>;
const integerFormat = Object.fromEntries(
  LANGS.map((lang) => [lang, new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 })]),
) as Record<Lang, Intl.NumberFormat>;
const percentFormat = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }),
  ]),
) as Record<Lang, Intl.NumberFormat>;
const dateFormat: Record<Lang, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** Chooses the reply language from a Discord locale ("fi" → Finnish, anything else → English). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale?.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}

export function formatEuros(value: number, lang: Lang): string {
  return euroFormat[lang].format(value);
}

export function formatInteger(value: number, lang: Lang): string {
  return integerFormat[lang].format(value);
}

/** A share 0–1 as a percentage ("97,7 %" / "97.7%"). */
export function formatPercent(share: number, lang: Lang): string {
  return percentFormat[lang].format(share);
}

/** An ISO date ("2018-01-02") as "2.1.2018" / "2 Jan 2018". */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat[lang].format(new Date(`${iso}T00:00:00Z`));
}

/** "2.1.2018–31.12.2021"; an open end is left blank. */
export function formatPeriod(start: string | null, end: string | null, lang: Lang): string | null {
  if (!start && !end) return null;
  return `${start ? formatDate(start, lang) : '?'}–${end ? formatDate(end, lang) : '?'}`;
}

/** A share used as a fraction, or null when it cannot be computed. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part == null || whole == null || whole <= 0) return null;
  return part / whole;
}

/** Joins list items the way the language does ("A, B ja C" / "A, B and C"). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(items);
}
