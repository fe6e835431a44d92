/**
 * Reply → Discord message payload. Every reply goes through here: it escapes user text, sets
 * `allowed_mentions: { parse: [] }` so nothing can ping, and fits every part into Discord's limits
 * (long text is cut at a word boundary with "…" and a link to the project's page).
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from 'discord.js';
import { type Answer, USER_TEXT } from '../answer/types.ts';
import type { Reply } from '../command.ts';
import type { Lang } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { chartPng } from './charts.ts';
import { DISCORD_LIMITS as L, truncate } from './limits.ts';

export interface DiscordFile {
  name: string;
  data: Buffer;
  contentType: string;
}

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  files: DiscordFile[];
  ephemeral: boolean;
}

/** Colours by status: ok blue, expected failures amber. */
const COLORS = { ok: 0x0072b2, other: 0xe69f00 } as const;
export const CHART_FILE = 'chart.png';

/** Escapes markdown in the user text an answer quotes and drops the isolate marks. */
export function escapeUserText(text: string): string {
  return text.replace(USER_TEXT, (_match, inner: string) => escapeMarkdown(inner).replace(/@/g, '@\u200b'));
}

function itemLines(answer: Answer): string {
  return answer.items
    .map(
      (item) =>
        `\`${item.code}\` ${escapeMarkdown(item.name ?? '')}${item.detail ? ` – ${escapeMarkdown(item.detail)}` : ''}`,
    )
    .join('\n');
}

/** The embed of an answer, cut to the limits. */
export function answerEmbed(answer: Answer): APIEmbed {
  const link = answer.url ? `[${t(answer.lang, 'truncated')}](${answer.url})` : '';
  const items = itemLines(answer);
  const description = [escapeUserText(answer.text), items].filter(Boolean).join('\n\n');
  const embed: APIEmbed = {
    color: answer.status === 'ok' ? COLORS.ok : COLORS.other,
    description: truncate(description, L.embedDescription, link),
  };
  if (answer.title) embed.title = truncate(answer.title, L.embedTitle);
  if (answer.url) embed.url = answer.url;
  const fields: APIEmbedField[] = answer.fields.slice(0, L.embedFields).map((field) => ({
    name: truncate(field.name, L.fieldName),
    value: truncate(escapeUserText(field.value) || '–', L.fieldValue, link),
    inline: field.inline ?? false,
  }));
  if (fields.length) embed.fields = fields;
  if (answer.footer) embed.footer = { text: truncate(answer.footer, L.footer) };
  return fitTotal(embed, link);
}

/** The characters Discord counts toward an embed's 6000. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Shrinks the description, then drops trailing fields, until the embed fits 6000 characters. */
function fitTotal(embed: APIEmbed, link: string): APIEmbed {
  let excess = embedLength(embed) - L.embedTotal;
  if (excess <= 0) return embed;
  if (embed.description) {
    const keep = Math.max(200, embed.description.length - excess);
    embed.description = truncate(embed.description, keep, link);
    excess = embedLength(embed) - L.embedTotal;
  }
  while (excess > 0 && embed.fields?.length) {
    embed.fields.pop();
    excess = embedLength(embed) - L.embedTotal;
  }
  return embed;
}

function pageButtons(reply: Reply, lang: Lang): APIActionRowComponent<APIButtonComponent>[] {
  const pages = reply.pages;
  if (!pages || pages.pageCount <= 1) return [];
  // Disabled buttons still need unique custom ids.
  const button = (id: string | null, label: string, fallback: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: (id ?? fallback).slice(0, L.customId),
    disabled: id === null,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button(pages.previousId, t(lang, 'previousPage'), 'noop:previous'),
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `${pages.page}/${pages.pageCount}`,
          custom_id: 'noop:page',
          disabled: true,
        },
        button(pages.nextId, t(lang, 'nextPage'), 'noop:next'),
      ],
    },
  ];
}

/**
 * The whole message for a reply: one embed, page buttons, and the chart as an attached PNG shown in
 * the embed (attachment://chart.png) when the answer has one and `charts` is on.
 */
export function discordMessage(reply: Reply, options: { charts?: boolean } = {}): DiscordMessage {
  const { answer } = reply;
  const embed = answerEmbed(answer);
  const files: DiscordFile[] = [];
  if (answer.chart && options.charts !== false) {
    files.push({
      name: CHART_FILE,
      data: Buffer.from(chartPng(answer.chart, answer.lang)),
      contentType: 'image/png',
    });
    embed.image = { url: `attachment://${CHART_FILE}` };
  }
  return {
    embeds: [embed],
    components: pageButtons(reply, answer.lang),
    allowedMentions: { parse: [] },
    files,
    ephemeral: reply.ephemeral ?? false,
  };
}

/** A short plain message (errors, cooldowns), escaped and cut to the content limit. */
export function plainMessage(text: string, ephemeral = true): DiscordMessage {
  return {
    content: truncate(escapeUserText(text), L.content),
    embeds: [],
    components: [],
    allowedMentions: { parse: [] },
    files: [],
    ephemeral,
  };
}
