import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { replies } from '@/db/schema';
import { isStaff, type Viewer } from '../auth/viewer';

/**
 * Replies a viewer may see in a thread: published ones and tombstones of
 * deleted ones for everyone; pending and removed ones for their author and
 * staff only.
 */
export function visibleRepliesFor(viewer: Viewer): SQL {
  const everyone = inArray(replies.status, ['published', 'deleted']);
  if (!viewer) return everyone;
  if (isStaff(viewer)) return inArray(replies.status, ['published', 'deleted', 'pending', 'removed']);
  return or(everyone, and(eq(replies.authorId, viewer.id), inArray(replies.status, ['pending', 'removed'])))!;
}
