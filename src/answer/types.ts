/**
 * The Answer: what the core says, independent of where it is shown. Renderers turn it into a Discord
 * embed or terminal text; `ask --json` prints its intent, codes and the plain text.
 */
import type { Lang } from '../i18n/format.ts';
import type { Reading } from './reading.ts';

export const INTENTS = [
  'project',
  'contact',
  'funding',
  'targets',
  'dates',
  'summary',
  'region',
  'search',
  'aggregate',
  'lookup',
  'stats',
  'help',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** ok: the answer; not-found / ambiguous / no-answer: expected failures the renderer shows as such. */
export type AnswerStatus = 'ok' | 'not-found' | 'ambiguous' | 'no-answer';

export interface AnswerField {
  name: string;
  value: string;
  /** Shown side by side with its neighbours in Discord when short. */
  inline?: boolean;
}

/** A project named in a listing. */
export interface AnswerItem {
  code: string;
  name: string | null;
  detail?: string | null;
}

/** The data behind a chart, drawn by the chart module when the front end can show images. */
export type ChartRequest =
  | {
      kind: 'funding';
      code: string;
      name: string;
      grantedEuState: number | null;
      realizedEuState: number | null;
      plannedPublicTotal: number | null;
      realizedPublicTotal: number | null;
    }
  | {
      kind: 'breakdown';
      title: string;
      rows: { label: string; realizedPublic: number; count: number }[];
      /** `given`: draw the rows in their order (years); otherwise largest first. */
      order?: 'value' | 'given';
    };

export interface Answer {
  intent: Intent;
  lang: Lang;
  status: AnswerStatus;
  /** The projects the answer is about, best first. */
  codes: string[];
  title: string | null;
  /** Link of the title: the project's page. */
  url: string | null;
  /** The direct answer, as plain text with light markdown (**bold**, lists). */
  text: string;
  fields: AnswerField[];
  /** Projects listed (search hits, region listings, candidates, suggestions). */
  items: AnswerItem[];
  footer: string | null;
  chart?: ChartRequest;
  /** How a free-text question was read (`ask` only), for `--explain` and `--json`. */
  reading?: Reading;
}

/**
 * What a conversation carries from one question to the next: the projects the last answer was
 * about. A follow-up ("entä sen rahoitus?", "and who is the contact?") is read against it; a question
 * that names a subject of its own replaces it.
 */
export interface AskContext {
  codes: readonly string[];
}

/** An Answer with the defaults filled in, so builders name only what they set. */
export function answer(parts: Partial<Answer> & Pick<Answer, 'intent' | 'lang' | 'text'>): Answer {
  return {
    status: 'ok',
    codes: [],
    title: null,
    url: null,
    fields: [],
    items: [],
    footer: null,
    ...parts,
  };
}

/**
 * User text inside an answer (a query echoed back) is wrapped in Unicode isolate marks, which also
 * keep right-to-left input from garbling the sentence; the Discord renderer escapes markdown inside
 * them, the terminal shows the text as typed.
 */
export const USER_TEXT = /\u2068([^\u2069]*)\u2069/g;

export function userText(text: string): string {
  return `\u2068${text.replace(/[\u2068\u2069]/g, '')}\u2069`;
}
