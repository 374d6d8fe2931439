import 'server-only';
import { cachedConductInsights } from '../conduct/conduct-insights';
import { createConductEntry } from '../conduct/create-conduct-entry';
import { deleteConductEntry } from '../conduct/delete-conduct-entry';
import { editConductEntry } from '../conduct/edit-conduct-entry';
import { getConductReport } from '../conduct/get-conduct-report';
import { publishConductSummary } from '../conduct/publish-conduct-summary';
import { getConductEntry, listConductEntries, listOwnStories, listRuleSetHistory, listRuleSets } from '../conduct/queries';
import { saveRuleSetVersion } from '../conduct/save-rule-set-version';
import { env, forumSettings } from '../env';
import { AppError } from '../errors';
import { isSandboxed } from '../moderation/sandbox';
import { postingPolicy } from '../rate-limit/policies';
import { getDatabase } from './database';
import { invalidatingAll } from './guest-cache';
import { limitOnSuccess } from './rate-limit';
import { getViewer } from './viewer';

// Binds the conduct services to this request's database and viewer. Every
// call re-reads the viewer; the services decide, and a log is only ever the
// viewer's own.

type Input = Record<string, unknown>;

export async function listConductEntriesForViewer() {
  return listConductEntries(await getDatabase(), await getViewer());
}

export async function getConductEntryForViewer(entryId: number) {
  return getConductEntry(await getDatabase(), await getViewer(), { entryId });
}

export async function listOwnStoriesForViewer() {
  return listOwnStories(await getDatabase(), await getViewer());
}

export async function createConductEntryAsViewer(input: Input) {
  return createConductEntry(await getDatabase(), await getViewer(), input);
}

export async function editConductEntryAsViewer(input: Input) {
  return editConductEntry(await getDatabase(), await getViewer(), input);
}

export async function deleteConductEntryAsViewer(entryId: unknown) {
  return deleteConductEntry(await getDatabase(), await getViewer(), { entryId });
}

export async function getConductReportForViewer(ruleSetSlug: string) {
  return getConductReport(await getDatabase(), await getViewer(), { ruleSetSlug });
}

/** Rule sets are public reference data: the newest version of each. */
export async function listRuleSetsForViewer() {
  return listRuleSets(await getDatabase());
}

/** For /mod/rule-sets; not_found for anyone but moderators and admins. */
export async function listRuleSetHistoryForViewer() {
  return listRuleSetHistory(await getDatabase(), await getViewer());
}

export async function saveRuleSetVersionAsViewer(input: Input) {
  return saveRuleSetVersion(await getDatabase(), await getViewer(), input);
}

/** A published summary is a reply: it spends the member's reply budget like any other. */
export async function publishConductSummaryAsViewer(input: Input) {
  const [db, viewer] = await Promise.all([getDatabase(), getViewer()]);
  if (!viewer) throw new AppError('unauthenticated');
  const settings = forumSettings();
  const policy = postingPolicy('reply', await isSandboxed(db, viewer, new Date(), settings));
  return invalidatingAll(limitOnSuccess(policy, String(viewer.id), () => publishConductSummary(db, viewer, input, undefined, settings)));
}

/** The public aggregate on /insights: the same for every viewer, so cached for INSIGHTS_CACHE_TTL_SECONDS. */
export async function getConductInsights() {
  return cachedConductInsights(await getDatabase(), { ttlMs: env().INSIGHTS_CACHE_TTL_SECONDS * 1000 });
}
