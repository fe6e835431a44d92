/**
 * Writes records back into the source formats. `parseDescription(printDescription(r))` gives `r`
 * back (apart from `sources`), which is how the tests prove the parser reads every field it claims to.
 */
import {
  CARD_LABELS,
  DESCRIPTION_BANNER,
  DESCRIPTION_TITLES,
  EQUALITY_QUESTIONS,
  FIELD_LABELS,
  LOCATION_INTRO,
  NO,
  NO_FINAL_REPORT,
  SECTIONS,
  type SectionKey,
  SUSTAINABILITY_CRITERIA,
  SUSTAINABILITY_HEADER,
  YES,
} from './labels.ts';
import type { ProjectRecord } from './schema.ts';
import { formatFinnishDate } from './values.ts';

const header = (key: SectionKey) => `${SECTIONS[key].number} ${SECTIONS[key].title}`;
const field = (label: string, value: string | number | null | undefined) =>
  `${label}: ${value ?? ''}`.trimEnd();
const money = (value: number | null) =>
  value == null ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const yesNo = (value: boolean | null) => (value == null ? '' : value ? YES : NO);

/** The record as an EURA description document (blank lines between fields, as the export writes them). */
export function printDescription(record: ProjectRecord): string {
  const P = FIELD_LABELS.project;
  const A = FIELD_LABELS.applicant;
  const F = FIELD_LABELS.funding;
  const R = FIELD_LABELS.region;
  const { start, end } = record.period;
  const period =
    start || end
      ? `Alkaa ${start ? formatFinnishDate(start) : ''} ja päättyy ${end ? formatFinnishDate(end) : ''}`
      : '';
  const email = record.contact.email?.replace('@', '(at)') ?? null;
  const blocks: string[] = [
    DESCRIPTION_BANNER,
    DESCRIPTION_TITLES[record.fund ?? (record.code.startsWith('A') ? 'EAKR' : 'ESR')],
    header('project'),
    field(P.code, record.code),
    field(P.name, record.name),
    field(P.priorityAxis, record.priorityAxis),
    field(P.specificObjective, record.specificObjective),
    field(P.period, period),
    field(P.status, record.status),
    field(P.authority, record.authority),
    header('applicant'),
    field(A.name, record.applicant.name),
    field(A.orgType, record.applicant.orgType),
    field(A.businessId, record.applicant.businessId),
    field(A.street, record.applicant.street),
    field(A.phone, record.applicant.phone),
    field(A.postcode, record.applicant.postcode),
    field(A.city, record.applicant.city),
    field(A.website, record.applicant.website),
    field(A.contactName, record.contact.name),
    field(A.contactTitle, record.contact.title),
    field(A.contactEmail, email),
    field(A.contactPhone, record.contact.phone),
    // The export puts this value on the next line; printing it so keeps that path of the parser tested.
    record.applicantArrangement
      ? `${A.applicantArrangement}:\n\n${record.applicantArrangement}`
      : `${A.applicantArrangement}:`,
    header('summary'),
    record.summary ?? '',
    header('targets'),
    header('targetsPrimary'),
    record.targetGroups.primary.map((item) => `- ${item}`).join('\n'),
    header('targetsIndirect'),
    record.targetGroups.indirect.map((item) => `- ${item}`).join('\n'),
    header('funding'),
    field(F.grantedEuState, money(record.funding.grantedEuState)),
    field(F.realizedEuState, money(record.funding.realizedEuState)),
    field(F.plannedPublicTotal, money(record.funding.plannedPublicTotal)),
    field(F.realizedPublicTotal, money(record.funding.realizedPublicTotal)),
    header('region'),
    field(R.provinces, record.region.provinces.join(', ')),
    field(R.subRegions, record.region.subRegions.join(', ')),
    field(R.municipalities, record.region.municipalities.join(', ')),
    LOCATION_INTRO,
    field(R.street, record.location?.street),
    field(R.postcode, record.location?.postcode),
    field(R.city, record.location?.city),
    header('indicators'),
    header('companies'),
    field(FIELD_LABELS.companies.planned, record.indicators.companiesPlanned),
    field(FIELD_LABELS.companies.realized, record.indicators.companiesRealized),
    header('persons'),
    field(FIELD_LABELS.persons.planned, record.indicators.personsPlanned),
    header('principles'),
    header('equality'),
    printEquality(record),
    header('sustainability'),
    printSustainability(record),
    header('finalReport'),
    record.finalReport ?? NO_FINAL_REPORT,
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function printEquality(record: ProjectRecord): string {
  const { equality } = record;
  const rows: [string, boolean | null, string | null][] = [
    [EQUALITY_QUESTIONS.analysisDone, equality.analysisDone, equality.analysisExplanation],
    [EQUALITY_QUESTIONS.mainstreamed, equality.mainstreamed, equality.mainstreamedExplanation],
    [EQUALITY_QUESTIONS.mainGoal, equality.mainGoal, equality.mainGoalExplanation],
  ];
  return rows
    .map(([question, answer, explanation]) =>
      [field(question, yesNo(answer)), explanation ?? ''].filter(Boolean).join('\n'),
    )
    .join('\n');
}

function printSustainability(record: ProjectRecord): string {
  const lines = [SUSTAINABILITY_HEADER];
  for (const { group } of SUSTAINABILITY_CRITERIA) {
    const scores = record.sustainability.filter((score) => score.group === group);
    if (!scores.length) continue;
    lines.push(group);
    for (const score of scores) {
      lines.push(`${score.criterion} ${score.direct ?? 0} ${score.indirect ?? 0}`);
      if (score.note) lines.push(score.note);
    }
  }
  return lines.join('\n');
}

/** The card part of a record as a project card, laid out one label per line like the PDF extracts. */
export function printCard(record: ProjectRecord): string {
  const card = record.card;
  if (!card) throw new Error(`printCard: ${record.code} has no card`);
  const { start, end } = record.period;
  const dates = start && end ? `, ${formatFinnishDate(start)} – ${formatFinnishDate(end)}` : '';
  const total = record.funding.realizedPublicTotal;
  const funder = [card.funder, total != null ? `${money(total)} €` : null].filter(Boolean).join(', ');
  const outputs = card.outputs.join('; ');
  const section = (label: string, value: string | null) => `${label}\n${value ?? ''}`.trimEnd();
  return `${[
    ` ${record.code}, ${record.name ?? ''} `,
    section(CARD_LABELS.identity, `${record.code}, ${record.name ?? ''}${dates} (hanke RR-tietopalvelussa)`),
    section(CARD_LABELS.funder, funder),
    section(CARD_LABELS.implementers, implementersText(record.applicant.name, card.implementers)),
    section(CARD_LABELS.targets, record.targetGroups.primary.join('; ')),
    section(CARD_LABELS.background, card.background),
    section(CARD_LABELS.goals, card.goals),
    section(CARD_LABELS.approach, card.approach),
    section(CARD_LABELS.outputs, outputs),
    section(CARD_LABELS.practices, card.practices),
    section(CARD_LABELS.results, card.results),
    section(CARD_LABELS.dissemination, card.dissemination),
    section(CARD_LABELS.remarks, card.remarks),
    card.links.join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
}

/** "Main (päätoteuttaja) ja Other, Third": the card's implementer line. */
function implementersText(main: string | null, implementers: readonly string[]): string | null {
  const lead = main ?? implementers[0] ?? null;
  if (!lead) return null;
  const others = implementers.filter((name) => name !== lead);
  return others.length ? `${lead} (päätoteuttaja) ja ${others.join(', ')}` : `${lead} (päätoteuttaja)`;
}
