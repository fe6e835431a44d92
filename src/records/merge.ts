/**
 * Merges the parsed documents into one record per project code: a card is attached to the
 * description with the same code; two descriptions with one code keep the more complete one and fill
 * its gaps from the other, so nothing is lost and every source stays listed. Two documents whose
 * project names differ are two projects under one code (a mistyped code): filling one's gaps with the
 * other's contact or funding would serve wrong facts, so only the more complete is kept.
 */
import type { ParseResult } from './document.ts';
import type { Diagnostic, ProjectRecord } from './schema.ts';

/** Counts the filled fields of a record, the measure of "more complete". */
export function completeness(record: ProjectRecord): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (value == null) return;
    if (Array.isArray(value)) {
      count += value.length ? 1 : 0;
      for (const item of value) if (typeof item === 'object') visit(item);
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) if (key !== 'sources') visit(inner);
    } else {
      count += 1;
    }
  };
  visit(record);
  return count;
}

/** Fills every null or empty field of `primary` from `secondary`, recursively; `primary` wins where both have a value. */
function fillGaps<T>(primary: T, secondary: T): T {
  if (primary == null) return secondary;
  if (secondary == null) return primary;
  if (Array.isArray(primary)) return (primary.length ? primary : secondary) as T;
  if (typeof primary === 'object' && typeof secondary === 'object') {
    const result: Record<string, unknown> = { ...(primary as Record<string, unknown>) };
    for (const [key, value] of Object.entries(secondary as Record<string, unknown>)) {
      result[key] = fillGaps(result[key], value);
    }
    return result as T;
  }
  return primary;
}

/** Attaches a card record to a description record of the same project. */
function attachCard(description: ProjectRecord, card: ProjectRecord, warnings: Diagnostic[]): ProjectRecord {
  const cardFile = card.sources[0]?.file ?? '?';
  const cardTotal = card.funding.realizedPublicTotal;
  const descriptionTotal = description.funding.realizedPublicTotal;
  if (cardTotal != null && descriptionTotal != null && cardTotal !== descriptionTotal) {
    warnings.push({
      severity: 'warning',
      file: cardFile,
      line: card.sources[0]?.line ?? 0,
      field: 'Rahoittaja ja toteutunut julkinen rahoitus',
      message: `the card gives ${cardTotal} € realised public funding, the description ${descriptionTotal} €; the description's figure is used`,
      found: String(cardTotal),
    });
  }
  const merged = fillGaps(description, { ...card, card: null });
  return {
    ...merged,
    card: description.card ? fillGaps(description.card, card.card) : card.card,
    sources: [...description.sources, ...card.sources],
  };
}

function duplicateWarning(code: string, kept: ProjectRecord, other: ProjectRecord): Diagnostic {
  const keptFile = kept.sources[0]?.file ?? '?';
  const otherSource = other.sources[0];
  return {
    severity: 'warning',
    file: otherSource?.file ?? '?',
    line: otherSource?.line ?? 0,
    field: 'Hankekoodi',
    message: `${code} is also described in ${keptFile}; the more complete description (${keptFile}) is kept and this one fills its gaps`,
    found: code,
  };
}

/** A project name as compared across documents: case, spacing and punctuation aside. */
function comparableName(name: string | null): string | null {
  if (name == null) return null;
  const words = name
    .normalize('NFKC')
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words === '' ? null : words;
}

/** Whether two records name different projects (a record without a name names none). */
function namesDiffer(a: ProjectRecord, b: ProjectRecord): boolean {
  const first = comparableName(a.name);
  const second = comparableName(b.name);
  return first !== null && second !== null && first !== second;
}

function sharedCodeWarning(code: string, kept: ProjectRecord, other: ProjectRecord): Diagnostic {
  const keptFile = kept.sources[0]?.file ?? '?';
  const otherSource = other.sources[0];
  const otherFile = otherSource?.file ?? '?';
  return {
    severity: 'warning',
    file: otherFile,
    line: otherSource?.line ?? 0,
    field: 'Hankekoodi',
    message: `${code} is the code of two differently named projects: "${kept.name}" in ${keptFile} and "${other.name}" in ${otherFile}; only the more complete (${keptFile}) is kept and ${otherFile} is not used: check its code`,
    found: code,
  };
}

/**
 * Merges parse results into records, one per code, in order of first appearance.
 *
 * @returns the records and the warnings the merge produced (duplicates, disagreeing figures)
 */
export function mergeRecords(results: readonly ParseResult[]): {
  records: ProjectRecord[];
  diagnostics: Diagnostic[];
} {
  const descriptions = new Map<string, ProjectRecord>();
  const cards = new Map<string, ProjectRecord>();
  const order: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const result of results) {
    const { record } = result;
    if (!record) continue;
    if (!descriptions.has(record.code) && !cards.has(record.code)) order.push(record.code);
    const target = result.kind === 'card' ? cards : descriptions;
    const existing = target.get(record.code);
    if (!existing) {
      target.set(record.code, record);
      continue;
    }
    const [kept, other] =
      completeness(record) > completeness(existing) ? [record, existing] : [existing, record];
    if (namesDiffer(kept, other)) {
      diagnostics.push(sharedCodeWarning(record.code, kept, other));
      target.set(record.code, kept);
      continue;
    }
    diagnostics.push(duplicateWarning(record.code, kept, other));
    target.set(record.code, {
      ...fillGaps(kept, other),
      card: kept.card && other.card ? fillGaps(kept.card, other.card) : (kept.card ?? other.card),
      sources: [...kept.sources, ...other.sources],
    });
  }
  const records = order.map((code) => {
    const description = descriptions.get(code);
    const card = cards.get(code);
    if (description && card) return attachCard(description, card, diagnostics);
    return (description ?? card) as ProjectRecord;
  });
  return { records, diagnostics };
}
