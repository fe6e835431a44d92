/**
 * Parser of the EURA 2014 project description ("… rahoittaman hankkeen kuvaus"), ESR and EAKR.
 *
 * The export is a fixed sequence of numbered sections holding "Label: value" lines and free text.
 * Real files bend it: a value on the line after its label, empty values, a missing or repeated
 * section header. The parser therefore finds each label in the section where it belongs and, when the
 * header is missing, anywhere it is unambiguous; it never throws, and reports every field it could
 * not read as a warning with its line.
 *
 * Speed: this parser (like the card parser) defines no named functions inside the functions that run
 * once per document. tsx compiles with esbuild's keepNames, which renames each such function with
 * Object.defineProperty every time it is created; that cost a tenth of the load.
 */

import { checkRecord } from './checks.ts';
import { type DiagnosticLog, excerpt, guarded, type ParseResult, validated } from './document.ts';
import {
  DESCRIPTION_TITLES,
  EQUALITY_QUESTIONS,
  FIELD_LABELS,
  LOCATION_INTRO,
  NO_FINAL_REPORT,
  PERIOD_WORDS,
  SECTIONS,
  type SectionKey,
  SUSTAINABILITY_CRITERIA,
  SUSTAINABILITY_HEADER,
} from './labels.ts';
import type { Equality, Fund, SustainabilityScore } from './schema.ts';
import {
  isWhiteSpace,
  joinParagraphs,
  nonEmpty,
  normalizeNewlines,
  orderContactName,
  parseCount,
  parseEmail,
  parseEuros,
  parseFinnishDate,
  parseItems,
  parseList,
  parseYesNo,
  squeeze,
  type ValueResult,
} from './values.ts';

const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];
/** Section number → the header in lower case, as it is matched. */
const HEADER_BY_NUMBER = new Map<string, { key: SectionKey; header: string }>(
  SECTION_KEYS.map((key) => [
    SECTIONS[key].number,
    { key, header: `${SECTIONS[key].number} ${SECTIONS[key].title}`.toLowerCase() },
  ]),
);

const LONGEST_HEADER = Math.max(...[...HEADER_BY_NUMBER.values()].map(({ header }) => header.length)) + 10;

/** Recognises a section header line such as "4.1 Varsinaiset kohderyhmät", in any letter case. */
function sectionOf(line: string): SectionKey | null {
  // Most lines are text: rule them out before normalising, since this runs on every line.
  if (line.length > LONGEST_HEADER || !startsWithDigit(line)) return null;
  const squeezed = squeeze(line);
  // Lower-casing is slow on text with ä and ö, so it waits until the section number matches.
  const section = HEADER_BY_NUMBER.get(squeezed.slice(0, squeezed.indexOf(' ')));
  return section && squeezed.toLowerCase() === section.header ? section.key : null;
}

/** `/^\s*\d/`, without running a regular expression on the common line that starts with a letter. */
function startsWithDigit(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  return isWhiteSpace(first) && /^\s*\d/.test(line);
}

/**
 * A run of lines under one header: `lines[from]` up to (not including) `lines[to]`. Lines are kept as
 * the document's array of strings and addressed by index (line number − 1): one object per line
 * would be most of the garbage a document leaves.
 */
interface Section {
  key: SectionKey | null;
  /** The header's line number, or 0 for the preamble before the first header. */
  header: number;
  from: number;
  to: number;
}

/** Cuts the document at its section headers; lines before the first header form a keyless preamble. */
function splitSections(lines: readonly string[], log: DiagnosticLog): Section[] {
  let current: Section = { key: null, header: 0, from: 0, to: 0 };
  const sections: Section[] = [current];
  const seen = new Map<SectionKey, number>();
  for (let i = 0; i < lines.length; i++) {
    const key = sectionOf(lines[i] as string);
    if (!key) continue;
    const number = i + 1;
    const earlier = seen.get(key);
    if (earlier) {
      log.warn(
        number,
        SECTIONS[key].title,
        `section "${SECTIONS[key].number} ${SECTIONS[key].title}" appears again (first on line ${earlier}); its lines are read as part of it`,
      );
    } else {
      seen.set(key, number);
    }
    current.to = i;
    current = { key, header: number, from: i + 1, to: 0 };
    sections.push(current);
  }
  current.to = lines.length;
  return sections;
}

/** A "Label: value" occurrence, with the section it stood in. */
interface FieldHit {
  label: string;
  value: string;
  /** The label's line number. */
  line: number;
  /** The value's line number: `line`, or the next non-blank line's when the value was written there. */
  valueLine: number;
  section: SectionKey | null;
}

const ALL_LABELS = Object.values(FIELD_LABELS)
  .flatMap((group) => Object.values(group) as string[])
  .concat(Object.values(EQUALITY_QUESTIONS));

const LABEL_SET = new Set(ALL_LABELS);
const QUESTION_SET = new Set<string>(Object.values(EQUALITY_QUESTIONS));
const LABEL_LENGTHS = new Set(ALL_LABELS.map((label) => label.length));

/** "Label: value" → the label and the rest; labels hold no colon, so the first colon ends one. */
function labelOf(text: string): { label: string; rest: string } | null {
  const colon = text.indexOf(':');
  if (colon < 2) return null;
  // The label is what precedes the colon, trimmed. Many text lines hold a colon too; measuring the
  // trimmed span first rules most of them out without cutting a string.
  let start = 0;
  while (start < colon && isWhiteSpace(text.charCodeAt(start))) start++;
  let end = colon;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (!LABEL_LENGTHS.has(end - start)) return null;
  const label = text.slice(start, end);
  return LABEL_SET.has(label) ? { label, rest: text.slice(colon + 1) } : null;
}

/**
 * Finds every label line. A label with nothing after the colon takes its value from the next
 * non-blank line, unless that line is another label, a header or the location heading.
 */
function collectFields(lines: readonly string[], sections: Section[]): FieldHit[] {
  const hits: FieldHit[] = [];
  for (const section of sections) {
    for (let i = section.from; i < section.to; i++) {
      const found = labelOf(lines[i] as string);
      if (!found) continue;
      let value = found.rest.trim();
      let valueLine = i + 1;
      if (value === '' && !QUESTION_SET.has(found.label)) {
        const next = nextNonBlank(lines, i + 1, section.to);
        const text = lines[next] as string;
        if (next < section.to && !labelOf(text) && !isStructural(text)) {
          value = text.trim();
          valueLine = next + 1;
        }
      }
      hits.push({ label: found.label, value, line: i + 1, valueLine, section: section.key });
    }
  }
  return hits;
}

/** The index of the first line in [from, to) that is not blank, or `to`. */
function nextNonBlank(lines: readonly string[], from: number, to: number): number {
  let i = from;
  while (i < to && (lines[i] as string).trim() === '') i++;
  return i;
}

function isStructural(text: string): boolean {
  const squeezed = squeeze(text);
  return sectionOf(text) !== null || squeezed === LOCATION_INTRO || squeezed === SUSTAINABILITY_HEADER;
}

/**
 * Where a shared label is looked for: only above the line `before`, or only below the line `after`
 * (line numbers; 0 for no bound). The street, postcode and city labels are the applicant's above the
 * location heading and the location's below it.
 */
interface Side {
  before?: number;
  after?: number;
}

function onSide(hit: FieldHit, side: Side | undefined): boolean {
  if (!side) return true;
  if (side.before !== undefined && side.before !== 0 && hit.line >= side.before) return false;
  if (side.after !== undefined && hit.line <= side.after) return false;
  return true;
}

/** Looks fields up by the section they belong to, warning about missing and repeated labels. */
class FieldReader {
  /** The hits of each label, in document order: each label is looked up a few times. */
  private readonly byLabel = new Map<string, FieldHit[]>();

  constructor(
    hits: FieldHit[],
    private readonly sections: Section[],
    private readonly log: DiagnosticLog,
  ) {
    for (const hit of hits) {
      const same = this.byLabel.get(hit.label);
      if (same) same.push(hit);
      else this.byLabel.set(hit.label, [hit]);
    }
  }

  /**
   * The hit for `label` in section `home`; when the section header is missing, the hit anywhere
   * (for labels used in one section only) or on the right side of `boundary` (for shared labels).
   */
  find(home: SectionKey, label: string, side?: Side): FieldHit | null {
    const hits = this.byLabel.get(label);
    if (!hits) return null;
    const inHome = this.first(label, hits, side, home);
    if (inHome || this.sectionPresent(home)) return inHome;
    return this.first(label, hits, side, null);
  }

  /**
   * The first hit on `side` (and in section `home` unless it is null), warning when a later such hit has
   * another value.
   */
  private first(
    label: string,
    hits: FieldHit[],
    side: Side | undefined,
    home: SectionKey | null,
  ): FieldHit | null {
    let first: FieldHit | null = null;
    for (const hit of hits) {
      if ((home !== null && hit.section !== home) || !onSide(hit, side)) continue;
      if (!first) {
        first = hit;
      } else if (hit.value !== first.value) {
        this.log.warn(
          hit.line,
          label,
          `"${label}" appears again (first on line ${first.line}); the first value is used`,
          excerpt(hit.value),
        );
        break;
      }
    }
    return first;
  }

  /** Like `find`, but warns when the label is not in the document at all. */
  require(home: SectionKey, label: string, side?: Side): FieldHit | null {
    const hit = this.find(home, label, side);
    if (!hit) {
      const header = this.sections.find((s) => s.key === home)?.header;
      this.log.warn(header ?? 0, label, `field "${label}" is missing`);
    }
    return hit;
  }

  sectionPresent(key: SectionKey): boolean {
    return this.sections.some((section) => section.key === key);
  }
}

/** The first word of the location heading: a line without it cannot be the heading, squeezed or not. */
const LOCATION_INTRO_WORD = LOCATION_INTRO.split(' ')[0] as string;
const LOCATION_INTRO_FIRST = LOCATION_INTRO.charCodeAt(0);

/** True for the location heading, in any spacing; most lines are ruled out by their first letter. */
function isLocationIntro(line: string): boolean {
  const first = line.charCodeAt(0);
  return (
    (first === LOCATION_INTRO_FIRST || isWhiteSpace(first)) &&
    line.length < LOCATION_INTRO.length + 10 &&
    line.includes(LOCATION_INTRO_WORD) &&
    squeeze(line) === LOCATION_INTRO
  );
}

/** Reads a value with `read`, warning with the field's line when it cannot be read. */
function readValue<T>(
  hit: FieldHit | null,
  read: (raw: string) => ValueResult<T | null>,
  log: DiagnosticLog,
): T | null {
  if (!hit) return null;
  const result = read(hit.value);
  if ('error' in result) {
    log.warn(hit.valueLine, hit.label, result.error, excerpt(hit.value));
    return null;
  }
  return result.value;
}

const textOf = (hit: FieldHit | null): string | null => (hit ? nonEmpty(hit.value) : null);

/** Identifies the fund from the document title; the code prefix is a fallback (S = ESR, A = EAKR). */
function readFund(lines: readonly string[], code: string | null, log: DiagnosticLog): Fund | null {
  for (const line of lines.slice(0, 40)) {
    // Squeezing keeps every word, so a line without a title's first word cannot be a title.
    if (line.length > 100 || !TITLE_WORDS.some((word) => line.includes(word))) continue;
    const squeezed = squeeze(line);
    if (squeezed === DESCRIPTION_TITLES.ESR) return 'ESR';
    if (squeezed === DESCRIPTION_TITLES.EAKR) return 'EAKR';
  }
  const guess: Fund | null = code?.startsWith('S') ? 'ESR' : code?.startsWith('A') ? 'EAKR' : null;
  log.warn(
    1,
    'title',
    guess
      ? `the document title is missing; fund taken from the code as ${guess}`
      : 'the document title is missing; fund unknown',
  );
  return guess;
}

const TITLE_WORDS = [
  ...new Set(Object.values(DESCRIPTION_TITLES).map((title) => title.split(' ')[0] as string)),
];

const PERIOD = new RegExp(`^${PERIOD_WORDS.start}\\s*(\\S*)\\s*${PERIOD_WORDS.end}\\s*(\\S*)$`, 'i');

/** Reads "Alkaa 2.1.2018 ja päättyy 31.12.2021"; either date may be blank ("Alkaa 2.1.2018 ja päättyy"). */
function readPeriod(hit: FieldHit | null, log: DiagnosticLog): { start: string | null; end: string | null } {
  if (!hit || hit.value.trim() === '') return { start: null, end: null };
  const match = PERIOD.exec(squeeze(hit.value));
  if (!match) {
    log.warn(hit.valueLine, hit.label, 'expected "Alkaa D.M.YYYY ja päättyy D.M.YYYY"', excerpt(hit.value));
    return { start: null, end: null };
  }
  return { start: readDate(match[1] as string, hit, log), end: readDate(match[2] as string, hit, log) };
}

function readDate(raw: string, hit: FieldHit, log: DiagnosticLog): string | null {
  const result = parseFinnishDate(raw);
  if ('error' in result) {
    log.warn(hit.valueLine, hit.label, result.error, excerpt(raw));
    return null;
  }
  return result.value;
}

/** A document cut into sections: what the section readers work on. */
interface Outline {
  /** The document after `normalizeNewlines`: its lines joined with "\n". */
  text: string;
  lines: readonly string[];
  sections: Section[];
}

/**
 * The indexes of a section's lines (of every occurrence of it, in order), or null when it is absent.
 */
function sectionLines({ sections }: Outline, key: SectionKey): number[] | null {
  let indexes: number[] | null = null;
  for (const section of sections) {
    if (section.key !== key) continue;
    indexes ??= [];
    for (let i = section.from; i < section.to; i++) indexes.push(i);
  }
  return indexes;
}

/** The texts of a section's lines, or null when it is absent. */
function sectionTexts(outline: Outline, key: SectionKey): string[] | null {
  let texts: string[] | null = null;
  for (const section of outline.sections) {
    if (section.key !== key) continue;
    const own = outline.lines.slice(section.from, section.to);
    texts = texts ? texts.concat(own) : own;
  }
  return texts;
}

/** Section text, or null with a warning when the section is absent. */
function readTextSection(outline: Outline, key: SectionKey, log: DiagnosticLog): string | null {
  const occurrences = outline.sections.filter((section) => section.key === key);
  const only = occurrences.length === 1 ? (occurrences[0] as Section) : null;
  const asWritten = only && paragraphsAsWritten(outline, only.from, only.to);
  if (asWritten !== null) return asWritten;
  const texts = sectionTexts(outline, key);
  if (!texts) {
    log.warn(0, SECTIONS[key].title, `section "${SECTIONS[key].number} ${SECTIONS[key].title}" is missing`);
    return null;
  }
  return joinParagraphs(texts);
}

/**
 * `joinParagraphs` of lines [from, to) as a slice of the document, when the lines are written the
 * way it would join them: no white space at a line's ends, paragraphs parted by one empty line. A
 * slice takes no copy, and a long text copied into the young generation would be copied twice more
 * by its collector. Null when the lines need joining (or hold no text; then `joinParagraphs` decides).
 */
function paragraphsAsWritten({ text, lines }: Outline, from: number, to: number): string | null {
  let first = from;
  while (first < to && lines[first] === '') first++;
  let last = to - 1;
  while (last >= first && lines[last] === '') last--;
  if (first > last) return null;
  let start = 0;
  for (let i = 0; i < first; i++) start += (lines[i] as string).length + 1;
  let end = start;
  for (let i = first; i <= last; i++) {
    const line = lines[i] as string;
    if (line === '') {
      if (lines[i - 1] === '') return null;
    } else if (isWhiteSpace(line.charCodeAt(0)) || isWhiteSpace(line.charCodeAt(line.length - 1))) {
      return null;
    }
    end += line.length + 1;
  }
  return text.slice(start, end - 1);
}

function readFinalReport(outline: Outline, log: DiagnosticLog): string | null {
  const report = readTextSection(outline, 'finalReport', log);
  return report === NO_FINAL_REPORT ? null : report;
}

function readItemsSection(outline: Outline, key: SectionKey, log: DiagnosticLog): string[] {
  const texts = sectionTexts(outline, key);
  if (!texts) {
    log.warn(0, SECTIONS[key].title, `section "${SECTIONS[key].number} ${SECTIONS[key].title}" is missing`);
    return [];
  }
  return parseItems(texts);
}

type QuestionKey = keyof typeof EQUALITY_QUESTIONS;
/** Question label → its key in `Equality`. */
const QUESTION_KEYS = new Map(
  (Object.keys(EQUALITY_QUESTIONS) as QuestionKey[]).map((key) => [EQUALITY_QUESTIONS[key] as string, key]),
);

const EXPLANATION_KEY = {
  analysisDone: 'analysisExplanation',
  mainstreamed: 'mainstreamedExplanation',
  mainGoal: 'mainGoalExplanation',
} as const;

/** Sets the explanation of `question` (when there is one) from the lines written under it. */
function explain(equality: Equality, question: QuestionKey | null, lines: string[]): void {
  if (question) equality[EXPLANATION_KEY[question]] = joinParagraphs(lines);
}

/** Section 8.1: each question line "Question: Kyllä|Ei" is followed by its explanation. */
function readEquality(outline: Outline, log: DiagnosticLog): Equality {
  const equality: Equality = {
    analysisDone: null,
    analysisExplanation: null,
    mainstreamed: null,
    mainstreamedExplanation: null,
    mainGoal: null,
    mainGoalExplanation: null,
  };
  const indexes = sectionLines(outline, 'equality');
  if (!indexes) {
    log.warn(0, SECTIONS.equality.title, `section "8.1 ${SECTIONS.equality.title}" is missing`);
    return equality;
  }
  const found = new Set<string>();
  let current: QuestionKey | null = null;
  let explanation: string[] = [];
  for (const i of indexes) {
    const text = outline.lines[i] as string;
    const label = labelOf(text);
    const key = label && QUESTION_KEYS.get(label.label);
    if (key && label) {
      explain(equality, current, explanation);
      explanation = [];
      current = key;
      if (found.has(key)) {
        log.warn(i + 1, EQUALITY_QUESTIONS[key], 'question appears again; the last answer is used');
      }
      found.add(key);
      const answer = parseYesNo(label.rest);
      if ('error' in answer) log.warn(i + 1, EQUALITY_QUESTIONS[key], answer.error, excerpt(label.rest));
      else equality[key] = answer.value;
    } else if (current) {
      explanation.push(text);
    }
  }
  explain(equality, current, explanation);
  for (const key of QUESTION_KEYS.values()) {
    if (!found.has(key))
      log.warn(0, EQUALITY_QUESTIONS[key], `question "${EQUALITY_QUESTIONS[key]}" is missing`);
  }
  return equality;
}

// Criteria and groups match in any letter case. Lower-casing is slow on text with ä and ö, so the
// text is first looked up as written, which is how the documents almost always spell them.
const CRITERION_INFO = new Map<string, { group: string; criterion: string }>(
  SUSTAINABILITY_CRITERIA.flatMap(({ group, criteria }) =>
    criteria.map((criterion) => [criterion.toLowerCase(), { group, criterion }] as const),
  ),
);
const ALL_CRITERIA = [...CRITERION_INFO.values()];
const CRITERION_AS_WRITTEN = new Map(ALL_CRITERIA.map((info) => [info.criterion, info]));
const SCORE_KINDS = ['direct', 'indirect'] as const;
const GROUPS = new Set(SUSTAINABILITY_CRITERIA.map(({ group }) => group.toLowerCase()));
const GROUPS_AS_WRITTEN = new Set(SUSTAINABILITY_CRITERIA.map(({ group }) => group));
const GROUP_LENGTHS = new Set([...GROUPS].map((group) => group.length));
const LONGEST_GROUP = Math.max(...GROUP_LENGTHS);

/**
 * True for a group header in any letter case. Lower-casing keeps a string's length, except that "İ"
 * becomes two characters, so a line of another length is ruled out without lower-casing it.
 */
function isGroup(squeezed: string): boolean {
  if (!GROUP_LENGTHS.has(squeezed.length) && !(squeezed.length < LONGEST_GROUP && squeezed.includes('İ'))) {
    return false;
  }
  return GROUPS_AS_WRITTEN.has(squeezed) || GROUPS.has(squeezed.toLowerCase());
}

function criterionInfo(text: string): { group: string; criterion: string } | undefined {
  return CRITERION_AS_WRITTEN.get(text) ?? CRITERION_INFO.get(text.toLowerCase());
}
const SCORE = /^-?\d+$/;

const FULL_STOP = 46;
/** No group or table heading ends in a full stop, so a line that does is no heading. */
const NOTES_END_IN_FULL_STOPS = ![
  SUSTAINABILITY_HEADER,
  ...SUSTAINABILITY_CRITERIA.map(({ group }) => group),
].some((heading) => heading.trimEnd().endsWith('.'));

/** The code of the last character that is not white space, or NaN for a blank line. */
function lastVisible(text: string): number {
  let end = text.length - 1;
  while (end >= 0 && isWhiteSpace(text.charCodeAt(end))) end--;
  return text.charCodeAt(end);
}

/**
 * Splits a squeezed score line "Criterion D I" into the criterion and its two scores (whole numbers,
 * perhaps negative), or gives null. Squeezed text has single spaces, so the scores are its last two
 * words: the same reading as `/^(.*\S)\s+(-?\d+)\s+(-?\d+)\s*$/`, without its backtracking.
 */
function scoreLine(squeezed: string): { criterion: string; direct: number; indirect: number } | null {
  const last = squeezed.lastIndexOf(' ');
  const previous = last > 0 ? squeezed.lastIndexOf(' ', last - 1) : -1;
  if (previous < 1) return null;
  const direct = squeezed.slice(previous + 1, last);
  const indirect = squeezed.slice(last + 1);
  if (!SCORE.test(direct) || !SCORE.test(indirect)) return null;
  return { criterion: squeezed.slice(0, previous), direct: Number(direct), indirect: Number(indirect) };
}
const LONGEST_CRITERION_LINE =
  Math.max(
    ...SUSTAINABILITY_CRITERIA.flatMap(({ group, criteria }) => [group, ...criteria]).map((c) => c.length),
  ) + 20;

/** Gives `score` (when there is one) the note written under it. */
function attachNote(score: SustainabilityScore | null, lines: string[]): void {
  if (score) score.note = joinParagraphs(lines);
}

/** Section 8.2: fifteen "Criterion D I" lines under three group headers, each with an optional note. */
function readSustainability(outline: Outline, log: DiagnosticLog): SustainabilityScore[] {
  const indexes = sectionLines(outline, 'sustainability');
  if (!indexes) {
    log.warn(0, SECTIONS.sustainability.title, `section "8.2 ${SECTIONS.sustainability.title}" is missing`);
    return [];
  }
  const scores: SustainabilityScore[] = [];
  const seen = new Set<string>();
  let note: string[] = [];
  let current: SustainabilityScore | null = null;
  let group: string | null = null;
  for (const i of indexes) {
    const text = outline.lines[i] as string;
    const number = i + 1;
    // Score and group lines are short; a long line can only be a note, so it skips the normalising.
    if (text.length > LONGEST_CRITERION_LINE) {
      if (current) note.push(text);
      else log.warn(number, SECTIONS.sustainability.title, 'unrecognised line in 8.2', excerpt(text));
      continue;
    }
    // A line ending in a full stop can only be a note (scores end in a digit, headers in a letter): it
    // is kept as written, without squeezing it first.
    if (current && NOTES_END_IN_FULL_STOPS && lastVisible(text) === FULL_STOP) {
      note.push(text);
      continue;
    }
    const squeezed = squeeze(text);
    if (squeezed === '') {
      // Kept inside a note so its paragraph breaks survive, as in the 8.1 explanations.
      if (current) note.push(text);
      continue;
    }
    if (squeezed === SUSTAINABILITY_HEADER) continue;
    if (isGroup(squeezed)) {
      attachNote(current, note);
      note = [];
      current = null;
      group = squeezed;
      continue;
    }
    const last = squeezed.charCodeAt(squeezed.length - 1);
    const score = last >= 48 && last <= 57 ? scoreLine(squeezed) : null;
    const info = score ? criterionInfo(score.criterion) : undefined;
    if (score && info) {
      attachNote(current, note);
      note = [];
      const { direct, indirect } = score;
      if (seen.has(info.criterion)) {
        log.warn(number, info.criterion, 'criterion appears again; both are kept', excerpt(squeezed));
      }
      seen.add(info.criterion);
      if (group && group !== info.group && group.toLowerCase() !== info.group.toLowerCase()) {
        log.warn(number, info.criterion, `criterion listed under "${group}" instead of "${info.group}"`);
      }
      for (const which of SCORE_KINDS) {
        const value = which === 'direct' ? direct : indirect;
        if (value < 0 || value > 10) {
          log.warn(number, info.criterion, `${which} score ${value} is outside 0–10`, excerpt(squeezed));
        }
      }
      current = { group: info.group, criterion: info.criterion, direct, indirect, note: null };
      scores.push(current);
    } else if (current) {
      note.push(text);
    } else {
      log.warn(number, SECTIONS.sustainability.title, 'unrecognised line in 8.2', excerpt(squeezed));
    }
  }
  attachNote(current, note);
  const missing = ALL_CRITERIA.filter(({ criterion }) => !seen.has(criterion));
  if (missing.length) {
    const header = outline.sections.find((s) => s.key === 'sustainability')?.header;
    log.warn(
      header ?? 0,
      SECTIONS.sustainability.title,
      `${missing.length} of the 15 sustainability criteria missing: ${missing.map((m) => m.criterion).join('; ')}`,
    );
  }
  return scores;
}

/** Reads the project code; a document without one cannot become a record. */
function readCode(fields: FieldReader, log: DiagnosticLog): { code: string | null; line: number } {
  const hit = fields.find('project', FIELD_LABELS.project.code);
  if (!hit) {
    log.error(0, FIELD_LABELS.project.code, 'no project code (Hankekoodi) found');
    return { code: null, line: 0 };
  }
  const code = hit.value.replace(/\s+/g, '').toUpperCase();
  if (!/^[SA]\d{5}$/.test(code)) {
    log.error(
      hit.line,
      FIELD_LABELS.project.code,
      'the project code is not S or A followed by five digits',
      excerpt(hit.value),
    );
    return { code: null, line: hit.line };
  }
  return { code, line: hit.line };
}

/**
 * Parses one description document.
 *
 * @param text the whole file (any line endings, with or without a BOM)
 * @param file the file name used in diagnostics and in the record's `sources`
 * @example
 *   const { record, diagnostics } = parseDescription(readFileSync(path, 'utf8'), path);
 */
export function parseDescription(text: string, file: string): ParseResult {
  return guarded(file, 'description', (log) => parseDescriptionUnsafe(text, file, log));
}

function parseDescriptionUnsafe(text: string, file: string, log: DiagnosticLog): ParseResult {
  const normalized = normalizeNewlines(text);
  const lines = normalized.split('\n');
  const sections = splitSections(lines, log);
  const outline: Outline = { text: normalized, lines, sections };
  const fields = new FieldReader(collectFields(lines, sections), sections, log);
  const { code, line: codeLine } = readCode(fields, log);
  if (!code) return { file, kind: 'description', code: null, record: null, diagnostics: log.diagnostics };

  const P = FIELD_LABELS.project;
  const A = FIELD_LABELS.applicant;
  const F = FIELD_LABELS.funding;
  const R = FIELD_LABELS.region;
  // The line number of the location heading, or 0.
  const locationIntro = lines.findIndex(isLocationIntro) + 1;
  const beforeLocation: Side = { before: locationIntro };
  const afterLocation: Side = { after: locationIntro };

  const periodHit = fields.require('project', P.period);
  const emailHit = fields.require('applicant', A.contactEmail);
  const email = readValue(emailHit, parseEmail, log);

  const location = locationIntro
    ? {
        street: textOf(fields.find('region', R.street, afterLocation)),
        postcode: textOf(fields.find('region', R.postcode, afterLocation)),
        city: textOf(fields.find('region', R.city, afterLocation)),
      }
    : null;

  const candidate = {
    code,
    name: textOf(fields.require('project', P.name)),
    fund: readFund(lines, code, log),
    priorityAxis: textOf(fields.require('project', P.priorityAxis)),
    specificObjective: textOf(fields.require('project', P.specificObjective)),
    period: readPeriod(periodHit, log),
    status: textOf(fields.require('project', P.status)),
    authority: textOf(fields.require('project', P.authority)),
    applicant: {
      name: textOf(fields.require('applicant', A.name)),
      orgType: textOf(fields.require('applicant', A.orgType)),
      businessId: textOf(fields.require('applicant', A.businessId)),
      street: textOf(fields.require('applicant', A.street, beforeLocation)),
      postcode: textOf(fields.require('applicant', A.postcode, beforeLocation)),
      city: textOf(fields.require('applicant', A.city, beforeLocation)),
      phone: textOf(fields.require('applicant', A.phone)),
      website: textOf(fields.require('applicant', A.website)),
    },
    contact: {
      name: orderContactName(textOf(fields.require('applicant', A.contactName)), email),
      title: textOf(fields.require('applicant', A.contactTitle)),
      email,
      phone: textOf(fields.require('applicant', A.contactPhone)),
    },
    applicantArrangement: textOf(fields.require('applicant', A.applicantArrangement)),
    summary: readTextSection(outline, 'summary', log),
    targetGroups: {
      primary: readItemsSection(outline, 'targetsPrimary', log),
      indirect: readItemsSection(outline, 'targetsIndirect', log),
    },
    funding: {
      grantedEuState: readValue(fields.require('funding', F.grantedEuState), parseEuros, log),
      realizedEuState: readValue(fields.require('funding', F.realizedEuState), parseEuros, log),
      plannedPublicTotal: readValue(fields.require('funding', F.plannedPublicTotal), parseEuros, log),
      realizedPublicTotal: readValue(fields.require('funding', F.realizedPublicTotal), parseEuros, log),
    },
    region: {
      provinces: parseList(fields.require('region', R.provinces)?.value ?? ''),
      subRegions: parseList(fields.require('region', R.subRegions)?.value ?? ''),
      municipalities: parseList(fields.require('region', R.municipalities)?.value ?? ''),
    },
    location: location && (location.street || location.postcode || location.city) ? location : null,
    indicators: {
      companiesPlanned: readValue(
        fields.require('companies', FIELD_LABELS.companies.planned),
        parseCount,
        log,
      ),
      companiesRealized: readValue(
        fields.require('companies', FIELD_LABELS.companies.realized),
        parseCount,
        log,
      ),
      personsPlanned: readValue(fields.require('persons', FIELD_LABELS.persons.planned), parseCount, log),
    },
    equality: readEquality(outline, log),
    sustainability: readSustainability(outline, log),
    finalReport: readFinalReport(outline, log),
    card: null,
    sources: [{ file, kind: 'description' as const, line: Math.max(1, codeLine) }],
  };

  checkRecord(
    candidate,
    {
      period: periodHit?.valueLine ?? 0,
      businessId: fields.find('applicant', A.businessId)?.valueLine ?? 0,
      realizedEuState: fields.find('funding', F.realizedEuState)?.valueLine ?? 0,
      realizedPublicTotal: fields.find('funding', F.realizedPublicTotal)?.valueLine ?? 0,
    },
    log,
  );

  return validated(candidate, file, 'description', code, log);
}
