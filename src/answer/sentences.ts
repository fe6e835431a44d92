/**
 * Finding the sentences that answer a question when no field does: the summary, final report and
 * card are split into sentences and scored by how many of the question's words they contain.
 */
import type { ProjectRecord } from '../records/schema.ts';
import type { TermProcessor } from '../search/terms.ts';
import { tokenize } from '../search/terms.ts';

export interface Passage {
  code: string;
  sentence: string;
  /** Share of the question words found in the sentence, 0–1. */
  score: number;
}

/** The record's texts in reading order: summary, final report, then the card. */
export function recordTexts(record: ProjectRecord): string[] {
  const card = record.card;
  return [
    record.summary,
    record.finalReport,
    card?.background,
    card?.goals,
    card?.approach,
    card?.outputs.length ? card.outputs.join('; ') : null,
    card?.practices,
    card?.results,
    card?.dissemination,
    card?.remarks,
  ].filter((text): text is string => !!text);
}

/**
 * The explanations of the equality and sustainability answers (8.1, 8.2): what a project did for
 * volunteers or the environment is sometimes written only there, but they restate its plan, so
 * their sentences count for less than those of the main texts.
 */
export function principleTexts(record: ProjectRecord): string[] {
  const { equality } = record;
  return [
    equality.analysisExplanation,
    equality.mainstreamedExplanation,
    equality.mainGoalExplanation,
    ...record.sustainability.map((score) => score.note),
  ].filter((text): text is string => !!text);
}

/** How much a sentence of the principle texts counts against one of the main texts. */
const PRINCIPLE_WEIGHT = 0.6;

export interface WeightedText {
  text: string;
  weight: number;
}

/** Every text of the record with its weight: the main texts fully, the principle texts less. */
function weightedTexts(record: ProjectRecord): WeightedText[] {
  return [
    ...recordTexts(record).map((text) => ({ text, weight: 1 })),
    ...principleTexts(record).map((text) => ({ text, weight: PRINCIPLE_WEIGHT })),
  ];
}

/**
 * Sentences of a text. A full stop ends a sentence unless it follows a number or a one-letter or
 * common abbreviation ("n. 100", "esim.", "mm.").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const parts = paragraph.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"”(])/u);
    let carry = '';
    for (const part of parts) {
      const joined = carry ? `${carry} ${part}` : part;
      if (
        /(?:\b(?:n|esim|mm|ns|ts|ym|yms|jne|vrt|kpl|klo|noin|ca|eg|ie|vs)\.|\b\d{1,2}\.)$/i.test(
          joined.trim(),
        )
      ) {
        carry = joined;
      } else {
        sentences.push(joined.trim());
        carry = '';
      }
    }
    if (carry) sentences.push(carry.trim());
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

/**
 * The best sentences for the question words (each word given as its alternative terms), across the
 * records, best first.
 */
export function bestPassages(
  records: readonly ProjectRecord[],
  words: ReadonlyArray<readonly string[]>,
  terms: TermProcessor,
  limit = 3,
  /** Relevance of each record (0–1], e.g. its search score relative to the best; default 1. */
  weights?: ReadonlyMap<string, number>,
  /** The texts of a record to look in, each with its weight: by default all of them. */
  textsOf: (record: ProjectRecord) => WeightedText[] = weightedTexts,
): Passage[] {
  if (!words.length) return [];
  // Worked out once per question: which words each term stands for, each word's whole hyphenated
  // forms, and the terms long enough to meet a sentence word by prefix, filed by their first letters.
  const wordsOf = new Map<string, number[]>();
  const byHead = new Map<string, { term: string; word: number }[]>();
  const whole = words.map((alternatives) => new Set(alternatives.filter((term) => term.includes('-'))));
  words.forEach((alternatives, word) => {
    for (const term of alternatives) {
      const listed = wordsOf.get(term);
      if (listed) listed.push(word);
      else wordsOf.set(term, [word]);
      if (term.length < PREFIX_HEAD) continue;
      const head = term.slice(0, PREFIX_HEAD);
      const filed = byHead.get(head);
      if (filed) filed.push({ term, word });
      else byHead.set(head, [{ term, word }]);
    }
  });
  // Per word and sentence: 2 found whole, 1 found (a part of a hyphenated word, or a plain word), 0 not;
  // and whether a sentence word only begins like it ("vinkki" in "vinkkivihkoset").
  const found = new Uint8Array(words.length);
  const begun = new Uint8Array(words.length);
  const passages: Passage[] = [];
  for (const record of records) {
    const recordWeight = weights?.get(record.code) ?? 1;
    for (const { text, weight: textWeight } of textsOf(record)) {
      const weight = recordWeight * textWeight;
      for (const sentence of splitSentences(text)) {
        found.fill(0);
        begun.fill(0);
        for (const token of tokenize(sentence)) {
          for (const term of terms.terms(token)) {
            for (const word of wordsOf.get(term) ?? []) {
              if (whole[word]?.has(term)) found[word] = 2;
              else if (found[word] === 0) found[word] = 1;
            }
            if (term.length < PREFIX_HEAD) continue;
            for (const prefixed of byHead.get(term.slice(0, PREFIX_HEAD)) ?? []) {
              if (!begun[prefixed.word] && sharesMost(prefixed.term, term)) begun[prefixed.word] = 1;
            }
          }
        }
        // An exact word counts fully; a hyphenated word ("Kesä-oppimisympäristö") found only by its
        // parts, little; a word only begun by a sentence word, less.
        let hits = 0;
        for (let word = 0; word < words.length; word++) {
          const hyphenated = (whole[word]?.size ?? 0) > 0;
          if (found[word] === 2) hits += 1;
          else if (found[word] === 1) hits += hyphenated ? 0.3 : 1;
          else if (begun[word]) hits += hyphenated ? 0.2 : 0.6;
        }
        if (hits > 0) passages.push({ code: record.code, sentence, score: (hits / words.length) * weight });
      }
    }
  }
  passages.sort((a, b) => b.score - a.score || a.sentence.length - b.sentence.length);
  // The same sentence may stand in several texts: each is shown once, at its best.
  const shown = new Set<string>();
  const best: Passage[] = [];
  for (const passage of passages) {
    if (best.length >= limit) break;
    if (shown.has(passage.sentence)) continue;
    shown.add(passage.sentence);
    best.push(passage);
  }
  return best;
}

/** How many first letters a prefix match needs at least. */
const PREFIX_HEAD = 5;

/**
 * A query term and a sentence term meet when they begin alike for at least five letters (the caller
 * has checked those) and most of the shorter one: a half-typed word, or a compound and its first part
 * (vinkkivihkoset / vinkkejä).
 */
function sharesMost(term: string, candidate: string): boolean {
  const shorter = Math.min(candidate.length, term.length);
  let common = PREFIX_HEAD;
  while (common < shorter && candidate[common] === term[common]) common++;
  return common >= shorter * 0.6;
}
