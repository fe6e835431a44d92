/**
 * The contract of a command module in `commands/`: its slash-command definition, `execute`, and
 * optionally `autocomplete` and `button`. Both front ends (Discord and the terminal chat) call these,
 * so the modules take plain values and return a front-end neutral Reply.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Answer, AskContext } from './answer/types.ts';
import type { Lang } from './i18n/format.ts';
import type { Catalog } from './search/catalog.ts';

export interface CommandContext {
  lang: Lang;
  catalog: Catalog;
  /** The projects the conversation is about, so `/ask` reads a follow-up against them. */
  conversation?: AskContext;
}

/** Option values by their base (English) name. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

export interface PageButtons {
  page: number;
  pageCount: number;
  /** Custom ids of the Previous / Next buttons; null disables the button. */
  previousId: string | null;
  nextId: string | null;
}

export interface Reply {
  answer: Answer;
  pages?: PageButtons;
  /** Visible only to the user who asked (Discord); errors and cooldown notices. */
  ephemeral?: boolean;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  /** Anything with `toJSON()` giving the registration body: a SlashCommandBuilder. */
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(context: CommandContext, options: OptionValues): Reply | Promise<Reply>;
  autocomplete?(context: CommandContext, option: string, value: string): Choice[];
  /** Handles a button whose custom id starts with `${data.name}:`. */
  button?(context: CommandContext, customId: string): Reply | Promise<Reply>;
}

/** Reads a string option, trimmed; empty is absent. */
export function stringOption(options: OptionValues, name: string): string | null {
  const value = options[name];
  if (value == null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}
