/**
 * `/search` (`/haku`): ranked projects, five to a page, with Previous/Next buttons. The page state
 * lives in the buttons' custom ids, so they keep working after a restart or a collector timeout.
 */
import { SlashCommandBuilder } from 'discord.js';
import { listAnswer } from '../src/answer/project.ts';
import { answer, userText } from '../src/answer/types.ts';
import { type Command, type CommandContext, type Reply, stringOption } from '../src/command.ts';
import { fi, regionFilter, statusFilter, statusName } from '../src/commands-support.ts';
import { countOf } from '../src/i18n/answers.ts';
import { t } from '../src/i18n/messages.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { DISCORD_LIMITS } from '../src/render/limits.ts';
import { STATUS_KINDS, type StatusKind } from '../src/search/catalog.ts';
import { REGIONS } from '../src/search/gazetteer.ts';

export const PAGE_SIZE = 5;
const MAX_QUERY = 80;
/** A place typed in the terminal travels as text in a custom id: at most this long, so the query fits. */
const MAX_PLACE = 40;
/** The letter of each status kind in a custom id. */
const STATUS_LETTERS: Record<StatusKind, string> = { running: 'r', ended: 'e', interrupted: 'i' };

export const data = new SlashCommandBuilder()
  .setName('search')
  .setNameLocalizations(fi('haku'))
  .setDescription('Search the projects')
  .setDescriptionLocalizations(fi('Hae hankkeita'))
  .addStringOption((option) =>
    option
      .setName('query')
      .setNameLocalizations(fi('haku'))
      .setDescription('Words to search for, e.g. nuoret')
      .setDescriptionLocalizations(fi('Hakusanat, esim. nuoret'))
      .setRequired(true)
      .setMaxLength(MAX_QUERY),
  )
  .addStringOption((option) =>
    option
      .setName('region')
      .setNameLocalizations(fi('maakunta'))
      .setDescription('Only projects in this region')
      .setDescriptionLocalizations(fi('Vain tämän maakunnan hankkeet'))
      .addChoices(
        ...REGIONS.map((region) => ({
          name: region.fi,
          value: region.fi,
          name_localizations: fi(region.fi),
        })),
      ),
  )
  .addStringOption((option) =>
    option
      .setName('status')
      .setNameLocalizations(fi('tila'))
      .setDescription('Running, ended or interrupted projects')
      .setDescriptionLocalizations(fi('Käynnissä olevat, päättyneet tai keskeytetyt'))
      .addChoices(
        ...STATUS_KINDS.map((kind) => ({
          name: statusName(kind, 'en'),
          value: kind,
          name_localizations: fi(statusName(kind, 'fi')),
        })),
      ),
  );

/** The state of one results page, as it travels in a button's custom id. */
export interface SearchState {
  page: number;
  query: string;
  /** A region's Finnish name, or another place as typed in the terminal ("Joensuussa"). */
  region: string | null;
  status: StatusKind | null;
}

/**
 * "search:2:10:r:nuoret" — page, region (its index, a place name, or "-" for none), status letter
 * ("-" for none), query.
 */
export function encodeState(state: SearchState): string {
  const index = state.region ? REGIONS.findIndex((r) => r.fi === state.region) : -1;
  const region = !state.region
    ? '-'
    : index >= 0
      ? String(index)
      : state.region
          .replace(/[:\s]+/g, ' ')
          .trim()
          .slice(0, MAX_PLACE) || '-';
  const status = state.status ? STATUS_LETTERS[state.status] : '-';
  const head = `search:${state.page}:${region}:${status}:`;
  return head + state.query.slice(0, DISCORD_LIMITS.customId - head.length);
}

export function decodeState(customId: string): SearchState | null {
  const match = /^search:(\d+):([^:]+):([-a-z]):(.*)$/s.exec(customId);
  if (!match) return null;
  const place = match[2] as string;
  const region = place === '-' ? null : /^\d+$/.test(place) ? (REGIONS[Number(place)]?.fi ?? null) : place;
  const letter = match[3] as string;
  const status = STATUS_KINDS.find((kind) => STATUS_LETTERS[kind] === letter) ?? null;
  if (letter !== '-' && !status) return null;
  return { page: Number(match[1]), region, status, query: match[4] as string };
}

function resultsPage(context: CommandContext, state: SearchState): Reply {
  const { catalog, lang } = context;
  const hits = catalog.search(state.query, { region: state.region, status: state.status }, 500);
  const scope = [state.region, state.status && statusName(state.status, lang)].filter(Boolean).join(', ');
  const heading = (count: number) =>
    t(lang, 'searchHeading')(userText(state.query), scope, countOf(count, 'hit', lang));
  if (!hits.length) {
    return {
      answer: answer({
        intent: 'search',
        lang,
        status: 'no-answer',
        text: `${heading(0)}. ${t(lang, 'searchNoHits')}`,
      }),
    };
  }
  const pageCount = Math.ceil(hits.length / PAGE_SIZE);
  const page = Math.min(Math.max(1, state.page), pageCount);
  const records = hits
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((hit) => catalog.get(hit.code))
    .filter((record): record is ProjectRecord => !!record);
  const result = listAnswer(records, lang, heading(hits.length), 'search', PAGE_SIZE);
  result.footer = t(lang, 'pageOf')(page, pageCount);
  return {
    answer: result,
    pages: {
      page,
      pageCount,
      previousId: page > 1 ? encodeState({ ...state, page: page - 1 }) : null,
      nextId: page < pageCount ? encodeState({ ...state, page: page + 1 }) : null,
    },
  };
}

export const execute: Command['execute'] = (context, options) => {
  // Discord holds both filters to their choices; the terminal passes what was typed.
  const status = statusFilter(stringOption(options, 'status'), context.lang, 'search');
  if (!status.ok) return { answer: status.answer };
  const region = regionFilter(stringOption(options, 'region'), context.catalog, context.lang, 'search');
  if (!region.ok) return { answer: region.answer };
  return resultsPage(context, {
    page: 1,
    query: (stringOption(options, 'query') ?? '').slice(0, MAX_QUERY),
    region: region.value,
    status: status.value,
  });
};

export const button: Command['button'] = (context, customId) => {
  const state = decodeState(customId);
  if (!state) {
    return {
      ephemeral: true,
      answer: answer({
        intent: 'search',
        lang: context.lang,
        status: 'no-answer',
        text: t(context.lang, 'buttonExpired'),
      }),
    };
  }
  return resultsPage(context, state);
};
