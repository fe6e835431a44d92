/**
 * Readers for the value formats of the source documents: numbers written with spaces, Finnish dates,
 * obfuscated e-mail addresses, list fields. Each returns `null` for an empty value and
 * `{ error }` for a value that is present but cannot be read, so the caller can warn about it.
 */

export type ValueResult<T> = { value: T } | { error: string };

/** Strips a BOM and turns Windows and old Mac line endings into `\n`. */
export function normalizeNewlines(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

/** True for the characters `\s` matches and `trim` removes: ECMAScript white space and line terminators. */
export function isWhiteSpace(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/** Collapses runs of white space (including no-break and thin spaces) to one space and trims. */
export function squeeze(text: string): string {
  // Most lines are already clean, and this runs on most lines: checking is much cheaper than rebuilding.
  if (!UNSQUEEZED.test(text)) return text;
  // Often only the ends need trimming (a value after "Label: "), which is cheaper than replacing.
  const trimmed = text.trim();
  return INNER_UNSQUEEZED.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** White space inside a trimmed text that `squeeze` collapses. (`\s` includes no-break and thin spaces.) */
const INNER_UNSQUEEZED = /[^\S ]| {2}/;

/**
 * Matches exactly the text `squeeze` would change: white space other than a single space between
 * other characters. (A regular expression scans several times faster than a `charCodeAt` loop.)
 */
const UNSQUEEZED = /[^\S ]| {2}|^ | $/;

/** `""` and white space become null; everything else is squeezed. */
export function nonEmpty(text: string | null | undefined): string | null {
  if (text == null) return null;
  const squeezed = squeeze(text);
  return squeezed === '' ? null : squeezed;
}

/**
 * Reads a sum of euros written the Finnish way: "1 319 685", "1 319 685 €", "96000", "1 000,50".
 * Cents are rounded, because the record stores whole euros.
 */
export function parseEuros(raw: string): ValueResult<number | null> {
  const text = squeeze(raw).replace(/\s*(€|euroa|EUR)$/i, '');
  if (text === '') return { value: null };
  const compact = text.replace(/[\s.]/g, '');
  if (!/^-?\d+(,\d+)?$/.test(compact)) return { error: `not a sum of euros: "${raw.trim()}"` };
  const value = Math.round(Number(compact.replace(',', '.')));
  if (!Number.isSafeInteger(value)) return { error: `sum out of range: "${raw.trim()}"` };
  return { value };
}

/** Reads a whole count ("710", "1 200"). */
export function parseCount(raw: string): ValueResult<number | null> {
  const text = squeeze(raw).replace(/\s*(kpl|hlö|henkilöä)$/i, '');
  if (text === '') return { value: null };
  const compact = text.replace(/\s/g, '');
  if (!/^\d+$/.test(compact)) return { error: `not a whole number: "${raw.trim()}"` };
  const value = Number(compact);
  if (!Number.isSafeInteger(value)) return { error: `number out of range: "${raw.trim()}"` };
  return { value };
}

/** Reads a Finnish date "2.1.2018" (or ISO "2018-01-02") into ISO form, checking the day exists. */
export function parseFinnishDate(raw: string): ValueResult<string | null> {
  const text = squeeze(raw);
  if (text === '') return { value: null };
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let day: number;
  let month: number;
  let year: number;
  if (finnish) {
    [day, month, year] = [Number(finnish[1]), Number(finnish[2]), Number(finnish[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return { error: `not a date: "${text}"` };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: `no such date: "${text}"` };
  }
  return { value: toIsoDate(year, month, day) };
}

function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Formats an ISO date the Finnish way, as the documents write it ("2.1.2018"). */
export function formatFinnishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** Turns "name(at)domain.fi" (and "[at]", " at ") into a real address; null when empty. */
export function parseEmail(raw: string): ValueResult<string | null> {
  const text = squeeze(raw)
    .replace(/\s*[([{]\s*at\s*[)\]}]\s*/gi, '@')
    .replace(/\s+at\s+/i, '@');
  if (text === '') return { value: null };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { error: `not an e-mail address: "${raw.trim()}"` };
  return { value: text.toLowerCase() };
}

/** Lower case without accents, for comparing a name with an e-mail address. */
function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * Puts a surname-first contact name into first-name order when the e-mail address shows the order
 * ("Heinonen Markku" + markku.heinonen@… → "Markku Heinonen"). Without such evidence the name is kept
 * as written: guessing from a name list would turn some names the wrong way round.
 */
export function orderContactName(name: string | null, email: string | null): string | null {
  if (!name || !email) return name;
  const parts = name.split(' ');
  if (parts.length !== 2) return name;
  const local = email.split('@')[0] ?? '';
  const tokens = local.split(/[._-]/).filter(Boolean);
  const [first, second] = parts.map(foldAccents) as [string, string];
  const firstIndex = tokens.indexOf(second);
  const secondIndex = tokens.lastIndexOf(first);
  if (firstIndex !== -1 && secondIndex !== -1 && firstIndex < secondIndex) {
    return `${parts[1]} ${parts[0]}`;
  }
  return name;
}

/** Splits "Outokumpu, Nurmes, Lieksa" into items; an empty value is an empty list. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,;]/)
    .map((item) => squeeze(item))
    .filter((item) => item !== '');
}

const BULLET = /^\s*(?:[-–•*▪·]|\d{1,2}[.)](?!\d))\s*/;

/**
 * Turns the lines of a target-group section into items. The export writes one item per line, as a
 * bullet ("- "), a number ("1) ") or plain prose, so each non-empty line is one item without its marker.
 */
export function parseItems(lines: readonly string[]): string[] {
  return lines
    .map((line) => nonEmpty(line.replace(BULLET, '')))
    .filter((item): item is string => item !== null);
}

/** Reads "Kyllä" / "Ei" answers. */
export function parseYesNo(raw: string): ValueResult<boolean | null> {
  const text = squeeze(raw).toLowerCase();
  if (text === '') return { value: null };
  if (text === 'kyllä' || text === 'kylla' || text === 'yes') return { value: true };
  if (text === 'ei' || text === 'no') return { value: false };
  return { error: `not Kyllä or Ei: "${raw.trim()}"` };
}

/** Joins the paragraphs of a text section, keeping paragraph breaks as one blank line. */
export function joinParagraphs(lines: readonly string[]): string | null {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
    } else {
      current.push(trimmed);
    }
  }
  if (current.length) paragraphs.push(current.join('\n'));
  const text = paragraphs.join('\n\n').trim();
  return text === '' ? null : text;
}
