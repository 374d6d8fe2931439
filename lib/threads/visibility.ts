import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { threads } from '@/db/schema';
import { isStaff, type Viewer } from '../auth/viewer';

/** Lists show published threads only. */
export function listedThreads(): SQL {
  return eq(threads.status, 'published');
}

/**
 * Who may open a thread page: everyone sees published threads and the
 * tombstone of a deleted one; pending and removed threads are visible to
 * their author and to staff only. Anything else is not_found.
 */
export function openableThreadsFor(viewer: Viewer): SQL {
  const everyone = inArray(threads.status, ['published', 'deleted']);
  if (!viewer) return everyone;
  if (isStaff(viewer)) return inArray(threads.status, ['published', 'deleted', 'pending', 'removed']);
  return or(everyone, and(eq(threads.authorId, viewer.id), inArray(threads.status, ['pending', 'removed'])))!;
}
