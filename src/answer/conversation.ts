/**
 * What a conversation is about: the projects of the last answer that named some, per key (a chat
 * session, or `${userId}:${channelId}` in Discord), so a follow-up ("entä sen rahoitus?") is read
 * against them. Pure: time comes from `now()` so tests need no timers.
 */
import type { Lang } from '../i18n/format.ts';
import type { Catalog } from '../search/catalog.ts';
import { ask } from './ask.ts';
import type { Answer, AskContext } from './types.ts';

export const CONVERSATION_DEFAULTS = {
  /** A subject older than this is forgotten: a question an hour later is a new conversation. */
  ttlMs: 10 * 60 * 1000,
  /** Keys kept at most; the oldest is evicted so a busy bot cannot grow without limit. */
  maxKeys: 10_000,
  /** Codes kept of a collection answer: enough for "their funding in total", not a whole listing. */
  maxCodes: 10,
} as const;

/**
 * Commands whose answer becomes the subject: `/ask` and the project views (a user who runs
 * `/hanke S21154` and then asks "entä yhteyshenkilö?" means that project). Listings and stats do not.
 */
export const SUBJECT_COMMANDS: ReadonlySet<string> = new Set([
  'ask',
  'project',
  'contact',
  'funding',
  'targets',
]);

export interface ConversationOptions {
  ttlMs?: number;
  maxKeys?: number;
  maxCodes?: number;
  now?: () => number;
}

interface Entry {
  codes: readonly string[];
  at: number;
}

export class ConversationMemory {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly maxCodes: number;
  private readonly now: () => number;

  constructor(options: ConversationOptions = {}) {
    this.ttlMs = options.ttlMs ?? CONVERSATION_DEFAULTS.ttlMs;
    this.maxKeys = options.maxKeys ?? CONVERSATION_DEFAULTS.maxKeys;
    this.maxCodes = options.maxCodes ?? CONVERSATION_DEFAULTS.maxCodes;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  recall(key: string): AskContext | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return { codes: entry.codes };
  }

  /**
   * Keeps the answer's projects as the subject, also when the data lacks what was asked of them ("no
   * Facebook page for PORE" is still about PORE); an answer naming none (ambiguous, not found) keeps
   * the old one.
   */
  remember(key: string, answer: Pick<Answer, 'status' | 'codes'>): void {
    if ((answer.status !== 'ok' && answer.status !== 'no-answer') || answer.codes.length === 0) return;
    this.set(key, answer.codes.slice(0, this.maxCodes));
  }

  /** Sets the subject directly: a project view (`/hanke CODE`) is about that project. */
  rememberCodes(key: string, codes: readonly string[]): void {
    if (codes.length === 0) return;
    this.set(key, codes.slice(0, this.maxCodes));
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  private set(key: string, codes: readonly string[]): void {
    // Re-inserting moves the key to the end of the Map's order, so the first key is the oldest.
    this.entries.delete(key);
    this.entries.set(key, { codes, at: this.now() });
    while (this.entries.size > this.maxKeys) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

/** One turn of a conversation: asked against its subject, the answer then remembered. `ask --conversation` and the eval use this path. */
export function askInConversation(
  memory: ConversationMemory,
  key: string,
  catalog: Catalog,
  question: string,
  lang?: Lang,
): Answer {
  const answer = ask(catalog, question, { lang, context: memory.recall(key) });
  memory.remember(key, answer);
  return answer;
}
