import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { toFieldErrors } from '../validation';
import { checkConduct } from './check-conduct';
import { toRuleEntry, type ConductEntryView } from './dto';
import { getLatestRuleSet, listConductEntries } from './queries';
import { conductReportSchema } from './schemas';
import type { ConductReport, RuleSet } from './types';

export interface ConductReportView {
  /** The newest version of the rule set, with every rule's text and source. */
  ruleSet: RuleSet;
  report: ConductReport;
  /** The viewer's own log, oldest first; breaches name these ids. */
  entries: ConductEntryView[];
}

/**
 * Checks the viewer's own log against the newest version of a rule set. There
 * is no way to ask for another member's report: the log read is the
 * viewer's, whatever their role.
 */
export async function getConductReport(db: Database, viewer: Viewer, input: { ruleSetSlug: unknown }): Promise<ConductReportView> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = conductReportSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const [ruleSet, entries] = await Promise.all([getLatestRuleSet(db, parsed.data.ruleSetSlug), listConductEntries(db, viewer)]);
  return { ruleSet, report: checkConduct(entries.map(toRuleEntry), ruleSet), entries };
}
