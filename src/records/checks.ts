/**
 * Plausibility checks on a parsed record: values that were read fine but cannot be right. Each gives
 * a warning, never an error, because the rest of the record is still worth serving.
 */
import { FinnishBusinessIds } from 'finnish-business-ids';
import type { DiagnosticLog } from './document.ts';
import { FIELD_LABELS } from './labels.ts';
import type { ProjectRecord } from './schema.ts';

/** Realised funding more than this share above the granted or planned sum is flagged. */
export const REALIZED_TOLERANCE = 0.1;

type Checked = Pick<ProjectRecord, 'period' | 'applicant' | 'funding'>;

/** The lines the checked fields came from, for the warnings. */
export interface CheckLines {
  period: number;
  businessId: number;
  realizedEuState: number;
  realizedPublicTotal: number;
}

export function checkRecord(record: Checked, lines: CheckLines, log: DiagnosticLog): void {
  const { start, end } = record.period;
  if (start && end && end < start) {
    log.warn(
      lines.period,
      FIELD_LABELS.project.period,
      `the end date ${end} is before the start date ${start}`,
    );
  }
  const businessId = record.applicant.businessId;
  if (businessId && !FinnishBusinessIds.isValidBusinessId(businessId)) {
    log.warn(
      lines.businessId,
      FIELD_LABELS.applicant.businessId,
      /^\d{7}-\d$/.test(businessId)
        ? 'the check digit of the business ID is wrong'
        : 'not a business ID (1234567-8)',
      businessId,
    );
  }
  const { grantedEuState, realizedEuState, plannedPublicTotal, realizedPublicTotal } = record.funding;
  flagOverrun(
    realizedEuState,
    grantedEuState,
    lines.realizedEuState,
    FIELD_LABELS.funding.realizedEuState,
    log,
  );
  flagOverrun(
    realizedPublicTotal,
    plannedPublicTotal,
    lines.realizedPublicTotal,
    FIELD_LABELS.funding.realizedPublicTotal,
    log,
  );
}

function flagOverrun(
  realized: number | null,
  planned: number | null,
  line: number,
  label: string,
  log: DiagnosticLog,
): void {
  if (realized == null || planned == null) return;
  if (realized > planned * (1 + REALIZED_TOLERANCE) && realized - planned > 1000) {
    const share = planned > 0 ? ` (${Math.round((realized / planned) * 100)} %)` : '';
    log.warn(
      line,
      label,
      `realised ${realized} € is far above the granted or planned ${planned} €${share}`,
      String(realized),
    );
  }
}
