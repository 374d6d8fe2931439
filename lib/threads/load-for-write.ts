import { and, eq } from 'drizzle-orm';
import { threads } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { openableThreadsFor } from './visibility';

/** A thread as a mutation needs it, loaded through visibility: unseen is not_found. */
export async function getThreadForWrite(db: Database, viewer: Viewer, threadId: number) {
  const [row] = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      authorId: threads.authorId,
      status: threads.status,
      revisionCount: threads.revisionCount,
      lockedAt: threads.lockedAt,
    })
    .from(threads)
    .where(and(eq(threads.id, threadId), openableThreadsFor(viewer)));
  if (!row) throw new AppError('not_found');
  return row;
}
