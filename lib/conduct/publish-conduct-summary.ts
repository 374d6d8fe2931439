import { and, eq } from 'drizzle-orm';
import { threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { createReply, type CreatedReply } from '../replies/create-reply';
import { defaultSettings, type ForumSettings } from '../settings';
import { openableThreadsFor } from '../threads/visibility';
import { toFieldErrors, type Untrusted } from '../validation';
import { getConductReport } from './get-conduct-report';
import { canPublishConductSummaryOn } from './policy';
import { publishConductSummarySchema, type PublishConductSummaryInput } from './schemas';
import { conductSummaryMarkdown } from './summary-markdown';

/**
 * The owner publishes a masked summary of their log as a reply in one of
 * their own stories. It goes through createReply, so it is screened,
 * masked, counted and rate-limited like any reply; the log itself stays
 * private. In a story posted anonymously the summary is posted under the
 * same per-thread pseudonym, so it never links the story to the account.
 */
export async function publishConductSummary(
  db: Database,
  viewer: Viewer,
  input: Untrusted<PublishConductSummaryInput>,
  clock: Clock = systemClock,
  settings: ForumSettings = defaultSettings,
): Promise<CreatedReply> {
  if (!viewer) throw new AppError('unauthenticated');
  const parsed = publishConductSummarySchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { threadId, ruleSetSlug, locale } = parsed.data;

  const [thread] = await db
    .select({ id: threads.id, kind: threads.kind, authorId: threads.authorId, anonymousLabel: threads.anonymousLabel })
    .from(threads)
    .where(and(eq(threads.id, threadId), openableThreadsFor(viewer)));
  if (!thread) throw new AppError('not_found');
  if (!canPublishConductSummaryOn(viewer, thread)) throw new AppError('forbidden');

  const view = await getConductReport(db, viewer, { ruleSetSlug });
  if (view.entries.length === 0) throw new AppError('invalid_input', { _form: ['empty_log'] });
  return createReply(
    db,
    viewer,
    { threadId, body: conductSummaryMarkdown(view, locale), anonymous: thread.anonymousLabel !== null },
    clock,
    settings,
  );
}
