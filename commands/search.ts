/**
 * `/search` (`/haku`): ranked projects, five to a page, with Previous/Next buttons. The page state
 * lives in the buttons' custom ids, so they keep working after a restart or a collector timeout.
 */
import { SlashCommandBuilder } from 'discord.js';
import { listAnswer } from '../src/answer/project.ts';
import { answer, userText } from '../src/answer/types.ts';
import { type Command, type CommandContext, type Reply, stringOption } from '../src/command.ts';
import { fi } from '../src/commands-support.ts';
import { formatInteger } from '../src/i18n/format.ts';
import type { ProjectRecord } from '../src/records/schema.ts';
import { DISCORD_LIMITS } from '../src/render/limits.ts';
import { REGIONS } from '../src/search/gazetteer.ts';

export const PAGE_SIZE = 5;
const MAX_QUERY = 80;
const STATUSES = ['running', 'ended'] as const;
type Status = (typeof STATUSES)[number];

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
      .setDescription('Running or ended projects')
      .setDescriptionLocalizations(fi('Käynnissä olevat tai päättyneet'))
      .addChoices(
        { name: 'running', value: 'running', name_localizations: fi('käynnissä') },
        { name: 'ended', value: 'ended', name_localizations: fi('päättynyt') },
      ),
  );

/** The state of one results page, as it travels in a button's custom id. */
export interface SearchState {
  page: number;
  query: string;
  region: string | null;
  status: Status | null;
}

/** "search:2:10:r:nuoret" — page, region index ("-" for none), status initial, query. */
export function encodeState(state: SearchState): string {
  const region = state.region ? String(REGIONS.findIndex((r) => r.fi === state.region)) : '-';
  const status = state.status ? state.status[0] : '-';
  const head = `search:${state.page}:${region}:${status}:`;
  return head + state.query.slice(0, DISCORD_LIMITS.customId - head.length);
}

export function decodeState(customId: string): SearchState | null {
  const match = /^search:(\d+):(-|\d+):([-re]):(.*)$/s.exec(customId);
  if (!match) return null;
  const region = match[2] === '-' ? null : (REGIONS[Number(match[2])]?.fi ?? null);
  const status = match[3] === 'r' ? 'running' : match[3] === 'e' ? 'ended' : null;
  return { page: Number(match[1]), region, status, query: match[4] as string };
}

function resultsPage(context: CommandContext, state: SearchState): Reply {
  const { catalog, lang } = context;
  const hits = catalog.search(state.query, { region: state.region, status: state.status }, 500);
  const scope = [
    state.region,
    state.status &&
      (lang === 'fi' ? { running: 'käynnissä', ended: 'päättynyt' } : { running: 'running', ended: 'ended' })[
        state.status
      ],
  ]
    .filter(Boolean)
    .join(', ');
  const heading = (count: number) =>
    lang === 'fi'
      ? `Haku ”${userText(state.query)}”${scope ? ` (${scope})` : ''}: ${formatInteger(count, lang)} ${count === 1 ? 'osuma' : 'osumaa'}`
      : `Search “${userText(state.query)}”${scope ? ` (${scope})` : ''}: ${formatInteger(count, lang)} ${count === 1 ? 'hit' : 'hits'}`;
  if (!hits.length) {
    return {
      answer: answer({
        intent: 'search',
        lang,
        status: 'no-answer',
        text: `${heading(0)}. ${lang === 'fi' ? 'Kokeile muita sanoja tai poista rajaukset.' : 'Try other words or remove the filters.'}`,
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
  result.footer = lang === 'fi' ? `Sivu ${page}/${pageCount}` : `Page ${page}/${pageCount}`;
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
  const status = stringOption(options, 'status');
  return resultsPage(context, {
    page: 1,
    query: (stringOption(options, 'query') ?? '').slice(0, MAX_QUERY),
    region: stringOption(options, 'region'),
    status: STATUSES.includes(status as Status) ? (status as Status) : null,
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
        text:
          context.lang === 'fi'
            ? 'Tämä painike on vanhentunut. Tee haku uudelleen.'
            : 'This button has expired. Please search again.',
      }),
    };
  }
  return resultsPage(context, state);
};
