/**
 * What several command modules share: the localized `code` option with autocomplete, turning a code
 * option into a record (or a not-found / ambiguous reply), reading the search filters, and
 * localization helpers for builders.
 */
import type { SlashCommandBuilder, SlashCommandStringOption } from 'discord.js';
import { ambiguousAnswer, notFoundAnswer } from './answer/project.ts';
import { resolveProject } from './answer/resolve.ts';
import { type Answer, answer, type Intent, userText } from './answer/types.ts';
import type { Choice, Command, CommandContext, OptionValues, Reply } from './command.ts';
import { stringOption } from './command.ts';
import type { Lang } from './i18n/format.ts';
import { t } from './i18n/messages.ts';
import type { ProjectRecord } from './records/schema.ts';
import { DISCORD_LIMITS, truncate } from './render/limits.ts';
import { type Catalog, editDistance, foldText, type StatusKind, statusKindOf } from './search/catalog.ts';
import { REGIONS } from './search/gazetteer.ts';

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

/** What a code or name finds: one project, several that fit equally, or none (with the nearest). */
export type ProjectLookup =
  | { kind: 'one'; record: ProjectRecord }
  | { kind: 'ambiguous'; candidates: ProjectRecord[] }
  | { kind: 'none'; suggestions: ProjectRecord[] };

/**
 * The project a code or name means, as `/project` and the CLI's `project` read it: the exact code,
 * else the resolution a question's project name gets (part of a name, a typo, the organisation).
 */
export function findProject(catalog: Catalog, value: string): ProjectLookup {
  const exact = catalog.get(value.replace(/\s+/g, '').toUpperCase());
  if (exact) return { kind: 'one', record: exact };
  const resolution = value.trim() ? resolveProject(value, catalog) : { kind: 'none' as const };
  if (resolution.kind === 'one') return { kind: 'one', record: resolution.record };
  if (resolution.kind === 'ambiguous') return { kind: 'ambiguous', candidates: resolution.candidates };
  return {
    kind: 'none',
    suggestions: resolution.kind === 'unknown-code' ? resolution.suggestions : catalog.suggest(value),
  };
}

/**
 * A command's name as a user of `lang` types it: "/rahoitus" or "/funding". The English name is the
 * command's own; the Finnish one is its Discord localization.
 */
export function commandName(command: Command['data'], lang: Lang): string {
  const json = command.toJSON();
  const localized = lang === 'en' ? null : json.name_localizations?.[lang];
  return `/${localized || json.name}`;
}

/** The record a code option names: by exact code, else by name; otherwise a not-found or ambiguous reply. */
export function recordFromOption(
  context: CommandContext,
  options: OptionValues,
  intent: Intent,
  command: Command['data'],
): { record: ProjectRecord } | { reply: Reply } {
  const { catalog, lang } = context;
  const value = stringOption(options, 'code');
  if (!value) {
    // Discord requires the option; a terminal user can leave it out.
    const example = catalog.records[0]?.code ?? 'S21154';
    const text = t(lang, 'codeNeeded')(commandName(command, lang), example);
    return { reply: { answer: answer({ intent, lang, status: 'no-answer', text }) } };
  }
  const found = findProject(catalog, value);
  if (found.kind === 'one') return { record: found.record };
  if (found.kind === 'ambiguous') {
    return { reply: { answer: ambiguousAnswer(value, found.candidates.slice(0, 10), lang, intent) } };
  }
  return { reply: { answer: notFoundAnswer(value, found.suggestions, lang, intent) } };
}

/** Runs a one-project view for the `code` option of `command`. */
export function projectView(
  context: CommandContext,
  options: OptionValues,
  intent: Intent,
  view: (record: ProjectRecord, lang: Lang) => Answer,
  command: Command['data'],
): Reply {
  const found = recordFromOption(context, options, intent, command);
  return 'reply' in found ? found.reply : { answer: view(found.record, context.lang) };
}

/** A filter option's value: absent, understood, or an answer saying what is accepted. */
export type FilterValue<T> = { ok: true; value: T | null } | { ok: false; answer: Answer };

/** The `status` (`tila`) option: a status kind in either language, as the documents or users write it. */
export function statusFilter(value: string | null, lang: Lang, intent: Intent): FilterValue<StatusKind> {
  if (!value) return { ok: true, value: null };
  const kind = statusKindOf(value);
  if (kind) return { ok: true, value: kind };
  const text = t(lang, 'unknownStatus')(userText(value), t(lang, 'statusValues'));
  return { ok: false, answer: answer({ intent, lang, status: 'no-answer', text }) };
}

/** "käynnissä" / "running": a status kind in the user's language. */
export function statusName(kind: StatusKind, lang: Lang): string {
  const key = { running: 'statusRunning', ended: 'statusEnded', interrupted: 'statusInterrupted' } as const;
  return t(lang, key[kind]);
}

/** How far a typed region name may be from a real one to be offered ("Kainu" → Kainuu). */
const REGION_TYPOS = 3;

/**
 * The `region` (`maakunta`) option: a region by its Finnish or English name (canonical Finnish), or
 * any place the data names ("Joensuussa"), kept as typed. Unknown: the nearest regions, or all.
 */
export function regionFilter(
  value: string | null,
  catalog: Catalog,
  lang: Lang,
  intent: Intent,
): FilterValue<string> {
  if (!value) return { ok: true, value: null };
  const folded = foldText(value);
  const named = REGIONS.find((region) => [region.fi, ...region.en].some((name) => foldText(name) === folded));
  if (named) return { ok: true, value: named.fi };
  const places = catalog.gazetteer.find(value);
  if (places.length === 1) return { ok: true, value: (places[0] as { name: string }).name };
  if (places.length) return { ok: true, value };
  // The gazetteer's names: a region's first English name for English, else its Finnish one.
  const label = (region: (typeof REGIONS)[number]) => (lang === 'en' ? region.en[0] : undefined) ?? region.fi;
  const near = REGIONS.map((region) => ({
    region,
    distance: Math.min(...[region.fi, ...region.en].map((name) => editDistance(foldText(name), folded))),
  }))
    .filter(({ distance }) => distance <= REGION_TYPOS)
    .sort((a, b) => a.distance - b.distance)
    .map(({ region }) => label(region));
  const text = [
    t(lang, 'unknownRegion')(userText(value)),
    near.length
      ? t(lang, 'regionsNear')(near.slice(0, 3).join(', '))
      : t(lang, 'regionsAll')(REGIONS.map(label).join(', ')),
  ].join(' ');
  return { ok: false, answer: answer({ intent, lang, status: 'no-answer', text }) };
}
