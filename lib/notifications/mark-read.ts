import { and, eq, isNull, sql } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import type { Untrusted } from '../validation';
import { notificationPath } from './present';
import { member, notificationIdSchema, parseInput } from './schemas';

// Reading is always scoped to the owner: another member's notification id is
// not_found, and the row is not touched.

/** Marks one of the viewer's notifications read (already read is fine). */
export async function markRead(db: Database, viewer: Viewer, input: Untrusted<{ id: number }>, clock: Clock = systemClock): Promise<void> {
  const me = member(viewer);
  const { id } = parseInput(notificationIdSchema, input);
  const [row] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, me.id)));
  if (!row) throw new AppError('not_found');
  if (row.readAt !== null) return;
  await db
    .update(notifications)
    .set({ readAt: clock() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, me.id), isNull(notifications.readAt)));
}

/** Marks every unread notification of the viewer read; returns how many. */
export async function markAllRead(db: Database, viewer: Viewer, clock: Clock = systemClock): Promise<number> {
  const me = member(viewer);
  const rows = await db
    .update(notifications)
    .set({ readAt: clock() })
    .where(and(eq(notifications.userId, me.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Opening a thread reads what it was about: the viewer's unread
 * notifications of that thread are marked read. A visitor has none.
 */
export async function markThreadNotificationsRead(db: Database, viewer: Viewer, threadId: number, clock: Clock = systemClock): Promise<number> {
  if (!viewer) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: clock() })
    .where(and(eq(notifications.userId, viewer.id), eq(notifications.threadId, threadId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Opens one of the viewer's notifications: marks it read and returns where
 * it leads (the thread at the reply). Another member's id is not_found.
 */
export async function openNotification(db: Database, viewer: Viewer, input: Untrusted<{ id: number }>, clock: Clock = systemClock): Promise<string> {
  const me = member(viewer);
  const { id } = parseInput(notificationIdSchema, input);
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${clock().toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, me.id)))
    .returning({ threadId: notifications.threadId, replyId: notifications.replyId });
  if (!row) throw new AppError('not_found');
  return notificationPath(row);
}
