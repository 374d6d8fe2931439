import { and, asc, eq } from 'drizzle-orm';
import { replies, replyRevisions, threadRevisions, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import { isStaff, type Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { renderMarkdown } from '../markdown/render-markdown';
import { visibleRepliesFor } from '../replies/visibility';
import { canViewHistory } from './policy';
import { openableThreadsFor } from './visibility';

export interface RevisionView {
  revision: number;
  title: string | null;
  bodyHtml: string;
  createdAt: Date;
}

export interface RevisionHistory {
  threadId: number;
  threadTitle: string;
  replyId: number | null;
  revisions: RevisionView[];
}

/**
 * Every stored version of a thread (or of one of its replies), oldest first,
 * for its author and staff only: an earlier version may hold what the author
 * meant to take back (a name, a number typed before the masker knew its
 * form). Everyone else gets `not_found`, as if there were no history.
 * A withdrawn post's history is withdrawn with it.
 */
export async function listRevisions(
  db: Database,
  viewer: Viewer,
  target: { threadId: number; replyId?: number },
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<RevisionHistory> {
  const [thread] = await db
    .select({ id: threads.id, title: threads.title, status: threads.status, authorId: threads.authorId })
    .from(threads)
    .where(and(eq(threads.id, target.threadId), openableThreadsFor(viewer)));
  if (!thread) throw new AppError('not_found');

  if (target.replyId === undefined) {
    if (!canViewHistory(viewer, thread)) throw new AppError('not_found');
    if (isHidden(thread.status, viewer)) throw new AppError('gone');
    const rows = await db
      .select()
      .from(threadRevisions)
      .where(eq(threadRevisions.threadId, thread.id))
      .orderBy(asc(threadRevisions.revision));
    return {
      threadId: thread.id,
      threadTitle: thread.title,
      replyId: null,
      revisions: rows.map((r) => ({
        revision: r.revision,
        title: r.title,
        bodyHtml: renderMarkdown(r.body, { locale }),
        createdAt: r.createdAt,
      })),
    };
  }

  const [reply] = await db
    .select({ id: replies.id, status: replies.status, authorId: replies.authorId })
    .from(replies)
    .where(and(eq(replies.id, target.replyId), eq(replies.threadId, thread.id), visibleRepliesFor(viewer)));
  if (!reply || !canViewHistory(viewer, reply)) throw new AppError('not_found');
  if (isHidden(reply.status, viewer)) throw new AppError('gone');
  const rows = await db
    .select()
    .from(replyRevisions)
    .where(eq(replyRevisions.replyId, reply.id))
    .orderBy(asc(replyRevisions.revision));
  return {
    threadId: thread.id,
    threadTitle: thread.title,
    replyId: reply.id,
    revisions: rows.map((r) => ({
      revision: r.revision,
      title: null,
      bodyHtml: renderMarkdown(r.body, { locale }),
      createdAt: r.createdAt,
    })),
  };
}

/** A withdrawn post's history goes with it; a removed one stays visible to staff only. */
function isHidden(status: string, viewer: Viewer): boolean {
  return status === 'deleted' || (status === 'removed' && !isStaff(viewer));
}
