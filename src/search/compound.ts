/**
 * Compound splitting for the fallback analyser, from the word list of `wordlist.ts`: nuorisotyöllä →
 * nuoriso + työllä, työllisyyspalvelut → työllisyys + palvelut, kansalaistoimijalähtöinen →
 * kansalais(-inen) + toimija + lähtö(-inen). The parts are word forms as they stand in the compound;
 * the analyser turns each into its keys, as Voikko's WORDBASES give the parts' base forms.
 *
 * A split is a first part that is a word (or the compound form of an -inen word: kansalais-, pohjois-)
 * followed by a rest that is a word, or splits again. Longer first parts are tried first, so that
 * nuoriso + työ wins over nuori + sotyö; every part has at least MIN_PART letters, and only
 * lower-case entries count, so that names (Ella, Kas) do not cut words (alue-ella).
 */
import type { WordList } from './wordlist.ts';

/** Shortest part (työ, maa, tie): two letters would split off too many endings and pronouns. */
const MIN_PART = 3;
const SYLLABLE_NOUN = /^[^aeiouyäö]?(?:aa|ee|ii|oo|uu|yy|ää|öö|uo|ie|yö)$/;
/** Shortest word split: asukas is no asu + kas. */
const MIN_WORD = 7;
/** Most parts in one word. */
const MAX_PARTS = 4;

/** The parts of a compound (≥ 2), or [] when the word is not one the list can split. */
export function splitCompound(word: string, words: WordList): string[] {
  if (word.length < MIN_WORD || words.size === 0) return [];
  return split(word, words, MAX_PARTS) ?? [];
}

function split(word: string, words: WordList, partsLeft: number): string[] | null {
  if (partsLeft < 2) return null;
  const heads = words.prefixLengths(word, MIN_PART).filter((n) => word.length - n >= MIN_PART);
  // -inen words join compounds in their -is- form: kansalaistoimija, pohjoismainen.
  for (let n = MIN_PART + 2; n <= word.length - MIN_PART; n++) {
    if (word[n - 1] === 's' && word[n - 2] === 'i' && words.hasExact(`${word.slice(0, n - 2)}inen`)) {
      if (!heads.includes(n)) heads.push(n);
    }
  }
  heads.sort((a, b) => b - a);
  for (const n of heads) {
    const head = word.slice(0, n);
    const rest = word.slice(n);
    // A three-letter part is a one-syllable noun with a long vowel or diphthong (työ, maa, tie, suo),
    // not yri-tys + ten, eri + tyisesti, ase + massa; as a first part only before a long rest (työ +
    // paikka, not nuo + riso).
    if (n === MIN_PART && (rest.length < 5 || !SYLLABLE_NOUN.test(head))) continue;
    if (rest.length === MIN_PART && !SYLLABLE_NOUN.test(rest)) continue;
    if (!hasVowel(head) || !hasVowel(rest)) continue;
    // A plural nominative is never a first part: nuorisot + yöllä is nuoriso + työllä.
    if (head.endsWith('t') && words.hasExact(head.slice(0, -1))) continue;
    let tail: string[] | null = isWhole(rest, words) ? [rest] : null;
    tail ??= split(rest, words, partsLeft - 1);
    if (!tail) continue;
    // The first part may be a compound itself: kansalaistoimija + lähtöinen, maahanmuuttaja + …
    // (a part of four letters at least there: nuoriso is a word, not nuo + riso)
    const inner = head.length >= MIN_WORD ? split(head, words, partsLeft - tail.length) : null;
    const innerOk = inner?.every((p) => p.length > MIN_PART) ?? false;
    return [...(inner && innerOk ? inner : [head]), ...tail];
  }
  return null;
}

/** A last part: a word, or an -inen adjective of one (lähtöinen ← lähtö) that the list lacks. */
function isWhole(rest: string, words: WordList): boolean {
  if (words.hasExact(rest)) return true;
  const inen = /^(.{3,})(?:inen|isen|isia|isiä|ista|istä|iset)$/.exec(rest);
  return inen !== null && words.hasExact(inen[1] as string);
}

function hasVowel(s: string): boolean {
  return /[aeiouyäöå]/.test(s);
}
