/**
 * The four project views of the slash commands (summary card, funding, contact, target groups) and
 * the expected failures (not found, ambiguous). Pure: a record in, an Answer out.
 */

import { say } from '../i18n/answers.ts';
import {
  formatEuros,
  formatInteger,
  formatPercent,
  formatPeriod,
  type Lang,
  shareOf,
} from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { projectPageUrl } from '../records/labels.ts';
import type { ProjectRecord } from '../records/schema.ts';
import { type Answer, type AnswerItem, answer, type Intent, userText } from './types.ts';

/** "Joensuun KAKE 2.0 (S21154)". */
export function projectLabel(record: ProjectRecord): string {
  return record.name ? `${record.name} (${record.code})` : record.code;
}

export function projectTitle(record: ProjectRecord): string {
  return record.name ? `${record.code} · ${record.name}` : record.code;
}

export function itemOf(record: ProjectRecord, detail?: string | null): AnswerItem {
  return { code: record.code, name: record.name, detail: detail ?? null };
}

/** First sentences of a text up to about `max` characters, cut at a sentence end when one is near. */
export function lead(text: string | null, max = 400): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentenceEnd > max * 0.5) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

function contactLine(record: ProjectRecord, lang: Lang): string | null {
  const { name, title, email, phone } = record.contact;
  if (!name && !email && !phone) return null;
  const who = [name, title ? `(${title})` : null].filter(Boolean).join(' ');
  const reach = [email, phone].filter(Boolean).join(', ');
  return [who || t(lang, 'none'), reach].filter(Boolean).join(' – ');
}

function regionLine(record: ProjectRecord, lang: Lang): string | null {
  const { provinces, municipalities } = record.region;
  const parts = [provinces.join(', '), municipalities.length ? municipalities.join(', ') : null].filter(
    Boolean,
  );
  return parts.length ? parts.join(` – ${t(lang, 'municipalities').toLowerCase()}: `) : null;
}

function sumLine(value: number | null, lang: Lang): string {
  return value == null ? t(lang, 'noData') : formatEuros(value, lang);
}

/**
 * The card's two funding figures, like with like: granted and realised EU + state funding, or planned
 * and realised total public funding when only that pair is complete. `/funding` shows all four.
 */
function cardFunding(record: ProjectRecord, lang: Lang) {
  const f = record.funding;
  const euState = { planned: f.grantedEuState, realized: f.realizedEuState };
  const publicTotal = { planned: f.plannedPublicTotal, realized: f.realizedPublicTotal };
  const complete = (pair: typeof euState) => pair.planned != null && pair.realized != null;
  const usePublic = !complete(euState) && complete(publicTotal);
  const pair = usePublic ? publicTotal : euState;
  return [
    {
      name: t(lang, usePublic ? 'plannedPublicTotal' : 'grantedEuState'),
      value: sumLine(pair.planned, lang),
      inline: true,
    },
    {
      name: t(lang, usePublic ? 'realizedPublicTotal' : 'realizedEuState'),
      value: `${sumLine(pair.realized, lang)}${usedSuffix(pair.realized, pair.planned, lang)}`,
      inline: true,
    },
  ];
}

/** The summary card of `/project`. */
export function projectAnswer(record: ProjectRecord, lang: Lang, intent: Intent = 'project'): Answer {
  const period = formatPeriod(record.period.start, record.period.end, lang);
  const fields = [
    { name: t(lang, 'period'), value: period ?? t(lang, 'noData'), inline: true },
    { name: t(lang, 'status'), value: record.status ?? t(lang, 'noData'), inline: true },
    { name: t(lang, 'fund'), value: record.fund ?? t(lang, 'noData'), inline: true },
    {
      name: t(lang, 'applicant'),
      value:
        [record.applicant.name, record.applicant.orgType ? `(${record.applicant.orgType})` : null]
          .filter(Boolean)
          .join(' ') || t(lang, 'noData'),
    },
    { name: t(lang, 'region'), value: regionLine(record, lang) ?? t(lang, 'noData') },
    ...cardFunding(record, lang),
    { name: t(lang, 'contact'), value: contactLine(record, lang) ?? t(lang, 'noContact') },
  ];
  if (record.card?.relatedCodes.length) {
    fields.push({ name: t(lang, 'related'), value: record.card.relatedCodes.join(', ') });
  }
  if (record.card?.outputs.length) {
    fields.push({ name: t(lang, 'outputs'), value: record.card.outputs.map((o) => `• ${o}`).join('\n') });
  }
  return answer({
    intent,
    lang,
    codes: [record.code],
    title: projectTitle(record),
    url: projectPageUrl(record.code),
    text: lead(record.summary ?? record.card?.background ?? record.finalReport, 700) ?? t(lang, 'noData'),
    fields,
    footer: record.authority,
  });
}

/** The figures of `/funding`: granted against realised, EU+state against total public, share used. */
export function fundingAnswer(record: ProjectRecord, lang: Lang): Answer {
  const f = record.funding;
  const lines = [
    `${t(lang, 'grantedEuState')}: ${sumLine(f.grantedEuState, lang)}`,
    `${t(lang, 'realizedEuState')}: ${sumLine(f.realizedEuState, lang)}${usedSuffix(f.realizedEuState, f.grantedEuState, lang)}`,
    `${t(lang, 'plannedPublicTotal')}: ${sumLine(f.plannedPublicTotal, lang)}`,
    `${t(lang, 'realizedPublicTotal')}: ${sumLine(f.realizedPublicTotal, lang)}${usedSuffix(f.realizedPublicTotal, f.plannedPublicTotal, lang)}`,
  ];
  if (f.realizedEuState == null && f.realizedPublicTotal == null) lines.push(t(lang, 'realizedMissing'));
  return answer({
    intent: 'funding',
    lang,
    codes: [record.code],
    title: projectTitle(record),
    url: projectPageUrl(record.code),
    text: `${t(lang, 'fundingSentence')(projectLabel(record))}\n${lines.map((line) => `• ${line}`).join('\n')}`,
    footer: formatPeriod(record.period.start, record.period.end, lang),
    chart: {
      kind: 'funding',
      code: record.code,
      name: record.name ?? record.code,
      ...f,
    },
  });
}

function usedSuffix(realized: number | null, planned: number | null, lang: Lang): string {
  const share = shareOf(realized, planned);
  return share == null ? '' : ` (${t(lang, 'used')(formatPercent(share, lang))})`;
}

/** `/contact`: the person, the organisation, its address and web site. */
export function contactAnswer(record: ProjectRecord, lang: Lang): Answer {
  const { contact, applicant } = record;
  const person = contactLine(record, lang);
  const address = [applicant.street, [applicant.postcode, applicant.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const fields = [
    { name: t(lang, 'contact'), value: contact.name ?? t(lang, 'noData'), inline: true },
    ...(contact.title ? [{ name: t(lang, 'role'), value: contact.title, inline: true }] : []),
    ...(contact.email ? [{ name: t(lang, 'email'), value: contact.email, inline: true }] : []),
    ...(contact.phone ? [{ name: t(lang, 'phone'), value: contact.phone, inline: true }] : []),
    { name: t(lang, 'applicant'), value: applicant.name ?? t(lang, 'noData') },
    ...(address ? [{ name: t(lang, 'address'), value: address }] : []),
    ...(applicant.phone
      ? [
          {
            name: `${t(lang, 'phone')} (${t(lang, 'applicant').toLowerCase()})`,
            value: applicant.phone,
            inline: true,
          },
        ]
      : []),
    ...(applicant.website ? [{ name: t(lang, 'website'), value: applicant.website, inline: true }] : []),
  ];
  return answer({
    intent: 'contact',
    lang,
    codes: [record.code],
    title: projectTitle(record),
    url: projectPageUrl(record.code),
    text: person ? t(lang, 'contactSentence')(projectLabel(record), person) : t(lang, 'noContact'),
    fields,
  });
}

/** `/targets`: primary and indirect target groups. */
export function targetsAnswer(record: ProjectRecord, lang: Lang): Answer {
  const { primary, indirect } = record.targetGroups;
  const bullets = (items: string[]) =>
    items.length ? items.map((i) => `• ${i}`).join('\n') : t(lang, 'noData');
  const text =
    primary.length || indirect.length
      ? [
          t(lang, 'targetsSentence')(projectLabel(record)),
          `**${t(lang, 'primaryTargets')}**\n${bullets(primary)}`,
          `**${t(lang, 'indirectTargets')}**\n${bullets(indirect)}`,
        ].join('\n')
      : t(lang, 'noTargets');
  return answer({
    intent: 'targets',
    lang,
    codes: [record.code],
    title: projectTitle(record),
    url: projectPageUrl(record.code),
    text,
    fields:
      record.indicators.personsPlanned != null
        ? [
            {
              name: t(lang, 'participants'),
              value: formatInteger(record.indicators.personsPlanned, lang),
              inline: true,
            },
          ]
        : [],
  });
}

/** Unknown code or name: say so, and offer the nearest projects. */
export function notFoundAnswer(
  query: string,
  suggestions: ProjectRecord[],
  lang: Lang,
  intent: Intent = 'project',
): Answer {
  const items = suggestions.map((record) => itemOf(record));
  const text = [
    t(lang, 'notFound')(userText(query)),
    items.length ? t(lang, 'didYouMean') : t(lang, 'tryProjectSearch'),
  ].join(' ');
  return answer({ intent, lang, status: 'not-found', text, items, codes: [] });
}

/** A name that fits several projects: list the candidates with their codes instead of guessing. */
export function ambiguousAnswer(
  query: string,
  candidates: ProjectRecord[],
  lang: Lang,
  intent: Intent,
): Answer {
  return answer({
    intent,
    lang,
    status: 'ambiguous',
    text: t(lang, 'ambiguous')(userText(query), candidates.length),
    items: candidates.map((record) =>
      itemOf(record, formatPeriod(record.period.start, record.period.end, lang)),
    ),
    codes: candidates.map((record) => record.code),
  });
}

/** A list of projects (a region, a status, search hits), with the total when it is longer than shown. */
export function listAnswer(
  records: readonly ProjectRecord[],
  lang: Lang,
  heading: string,
  intent: Intent,
  shown = 15,
): Answer {
  const items = records
    .slice(0, shown)
    .map((record) =>
      itemOf(
        record,
        [formatPeriod(record.period.start, record.period.end, lang), record.applicant.name]
          .filter(Boolean)
          .join(', '),
      ),
    );
  const more = records.length - items.length;
  const tail = more > 0 ? say(lang, 'more')(more) : null;
  return answer({
    intent,
    lang,
    text: heading,
    items,
    codes: records.slice(0, 25).map((record) => record.code),
    footer: tail,
  });
}
