/**
 * The ProjectRecord schema: the single source of the record type (see docs/record.md).
 *
 * Absent or empty values are `null` (or `[]` for lists), never `""`. Money is an integer number of
 * euros, dates are ISO `YYYY-MM-DD`.
 */
import { z } from 'zod';

const text = z.string().min(1).nullable();
const euros = z.number().int().nullable();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

export const Fund = z.enum(['ESR', 'EAKR']);
export type Fund = z.infer<typeof Fund>;

export const Applicant = z.object({
  name: text,
  orgType: text,
  businessId: text,
  street: text,
  postcode: text,
  city: text,
  phone: text,
  website: text,
});
export type Applicant = z.infer<typeof Applicant>;

export const Contact = z.object({
  name: text,
  title: text,
  email: text,
  phone: text,
});
export type Contact = z.infer<typeof Contact>;

export const Funding = z.object({
  grantedEuState: euros,
  realizedEuState: euros,
  plannedPublicTotal: euros,
  realizedPublicTotal: euros,
});
export type Funding = z.infer<typeof Funding>;

export const Region = z.object({
  provinces: z.array(z.string()),
  subRegions: z.array(z.string()),
  municipalities: z.array(z.string()),
});
export type Region = z.infer<typeof Region>;

export const Location = z
  .object({
    street: text,
    postcode: text,
    city: text,
  })
  .nullable();
export type Location = z.infer<typeof Location>;

export const Indicators = z.object({
  companiesPlanned: z.number().int().nullable(),
  companiesRealized: z.number().int().nullable(),
  personsPlanned: z.number().int().nullable(),
});
export type Indicators = z.infer<typeof Indicators>;

/** Section 8.1: three yes/no answers, each with the explanation written under it. */
export const Equality = z.object({
  analysisDone: z.boolean().nullable(),
  analysisExplanation: text,
  mainstreamed: z.boolean().nullable(),
  mainstreamedExplanation: text,
  mainGoal: z.boolean().nullable(),
  mainGoalExplanation: text,
});
export type Equality = z.infer<typeof Equality>;

/** Section 8.2: one of the fifteen sustainability criteria with its direct and indirect score (0–10). */
export const SustainabilityScore = z.object({
  group: z.string(),
  criterion: z.string(),
  direct: z.number().int().nullable(),
  indirect: z.number().int().nullable(),
  note: text,
});
export type SustainabilityScore = z.infer<typeof SustainabilityScore>;

export const Card = z.object({
  background: text,
  goals: text,
  approach: text,
  outputs: z.array(z.string()),
  practices: text,
  results: text,
  dissemination: text,
  remarks: text,
  relatedCodes: z.array(z.string()),
  links: z.array(z.string()),
  funder: text,
  /** Every implementer the card names, the main one first ("Tavastia (päätoteuttaja) ja Hämeenlinnan kaupunki"). */
  implementers: z.array(z.string()),
});
export type Card = z.infer<typeof Card>;

export const SourceKind = z.enum(['description', 'card']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.object({
  file: z.string(),
  kind: SourceKind,
  line: z.number().int().min(1),
});
export type Source = z.infer<typeof Source>;

export const ProjectCode = z
  .string()
  .regex(/^[SA]\d{5}$/, 'a project code is S or A followed by five digits');

export const ProjectRecord = z.object({
  code: ProjectCode,
  name: text,
  fund: Fund.nullable(),
  priorityAxis: text,
  specificObjective: text,
  period: z.object({ start: isoDate, end: isoDate }),
  status: text,
  authority: text,
  applicant: Applicant,
  contact: Contact,
  applicantArrangement: text,
  summary: text,
  targetGroups: z.object({ primary: z.array(z.string()), indirect: z.array(z.string()) }),
  funding: Funding,
  region: Region,
  location: Location,
  indicators: Indicators,
  equality: Equality,
  sustainability: z.array(SustainabilityScore),
  finalReport: text,
  card: Card.nullable(),
  sources: z.array(Source).min(1),
});
export type ProjectRecord = z.infer<typeof ProjectRecord>;

/** One problem found while reading a document. `line` is 1-based; 0 when it concerns the whole file. */
export const Diagnostic = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int().min(0),
  field: z.string().nullable(),
  message: z.string(),
  found: z.string().nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
