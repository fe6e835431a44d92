/**
 * What several command modules share: the localized `code` option with autocomplete, turning a code
 * option into a record (or a not-found / ambiguous reply), and localization helpers for builders.
 */
import type { SlashCommandBuilder, SlashCommandStringOption } from 'discord.js';
import { ambiguousAnswer, notFoundAnswer } from './answer/project.ts';
import { resolveProject } from './answer/resolve.ts';
import type { Answer, Intent } from './answer/types.ts';
import type { Choice, CommandContext, OptionValues, Reply } from './command.ts';
import { stringOption } from './command.ts';
import type { Lang } from './i18n/format.ts';
import type { ProjectRecord } from './records/schema.ts';
import { DISCORD_LIMITS, truncate } from './render/limits.ts';

/** Finnish localizations of a name or description. */
export const fi = (text: string) => ({ fi: text });

/** Adds the `code` (`koodi`) option with autocomplete. */
export function withCodeOption(builder: SlashCommandBuilder): SlashCommandBuilder {
  builder.addStringOption((option: SlashCommandStringOption) =>
    option
      .setName('code')
      .setNameLocalizations(fi('koodi'))
      .setDescription('Project code or name, e.g. S21154')
      .setDescriptionLocalizations(fi('Hankekoodi tai nimi, esim. S21154'))
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  );
  return builder;
}

/** A choice label: "S21154 – Joensuun KAKE 2.0", cut to Discord's 100 characters. */
export function choiceOf(record: ProjectRecord): Choice {
  const name = record.name ? `${record.code} – ${record.name}` : record.code;
  return { name: truncate(name, DISCORD_LIMITS.choiceName), value: record.code };
}

/**
 * Autocomplete for a code option, answered from memory: exact code, then code prefix, then name
 * prefix, then a name/organisation search; an empty value offers the newest projects.
 */
export function suggestProjects(context: CommandContext, value: string): Choice[] {
  const { catalog } = context;
  const limit = DISCORD_LIMITS.autocompleteChoices;
  const query = value.trim();
  if (!query) {
    return [...catalog.records]
      .sort((a, b) => (b.period.start ?? '').localeCompare(a.period.start ?? ''))
      .slice(0, limit)
      .map(choiceOf);
  }
  const upper = query.replace(/\s+/g, '').toUpperCase();
  const lower = query.toLocaleLowerCase('fi');
  const picked = new Map<string, ProjectRecord>();
  const add = (record: ProjectRecord | undefined) => {
    if (record && picked.size < limit) picked.set(record.code, record);
  };
  add(catalog.get(upper));
  if (/^[SA]?\d+$/.test(upper)) {
    for (const record of catalog.records) {
      if (picked.size >= limit) break;
      if (record.code.startsWith(upper) || record.code.slice(1).startsWith(upper)) add(record);
    }
  }
  for (const record of catalog.records) {
    if (picked.size >= limit) break;
    if (record.name?.toLocaleLowerCase('fi').startsWith(lower)) add(record);
  }
  if (picked.size < limit) {
    for (const hit of catalog.search(query, { fields: ['code', 'name', 'applicant', 'contact'] }, limit))
      add(catalog.get(hit.code));
  }
  return [...picked.values()].map(choiceOf);
}

/** The record a code option names: by exact code, else by name; otherwise a not-found or ambiguous reply. */
export function recordFromOption(
  context: CommandContext,
  options: OptionValues,
  intent: Intent,
): { record: ProjectRecord } | { reply: Reply } {
  const { catalog, lang } = context;
  const value = stringOption(options, 'code') ?? '';
  const exact = catalog.get(value.replace(/\s+/g, ''));
  if (exact) return { record: exact };
  const resolution = value ? resolveProject(value, catalog) : { kind: 'none' as const };
  if (resolution.kind === 'one') return { record: resolution.record };
  if (resolution.kind === 'ambiguous') {
    return { reply: { answer: ambiguousAnswer(value, resolution.candidates.slice(0, 10), lang, intent) } };
  }
  const suggestions = resolution.kind === 'unknown-code' ? resolution.suggestions : catalog.suggest(value);
  return { reply: { answer: notFoundAnswer(value, suggestions, lang, intent) } };
}

/** Runs a one-project view for the `code` option. */
export function projectView(
  context: CommandContext,
  options: OptionValues,
  intent: Intent,
  view: (record: ProjectRecord, lang: Lang) => Answer,
): Reply {
  const found = recordFromOption(context, options, intent);
  return 'reply' in found ? found.reply : { answer: view(found.record, context.lang) };
}
