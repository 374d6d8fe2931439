import { and, eq } from 'drizzle-orm';
import { stageFollows, stages, threadFollows } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { getThreadForWrite } from '../threads/load-for-write';
import type { Untrusted } from '../validation';
import { member, parseInput as parse, stageTargetSchema, threadTargetSchema } from './schemas';

// Following is idempotent: following twice is one row, unfollowing what one
// does not follow is a no-op. The thread is loaded through visibility first,
// so a thread the viewer cannot open is not_found either way.

/** Authors follow what they post; called inside the posting transaction. */
export async function followOwnThread(tx: Database, userId: number, threadId: number, now: Date): Promise<void> {
  await tx.insert(threadFollows).values({ userId, threadId, createdAt: now }).onConflictDoNothing();
}

export async function followThread(db: Database, viewer: Viewer, input: Untrusted<{ threadId: number }>, clock: Clock = systemClock) {
  const me = member(viewer);
  const { threadId } = parse(threadTargetSchema, input);
  await getThreadForWrite(db, me, threadId);
  await db.insert(threadFollows).values({ userId: me.id, threadId, createdAt: clock() }).onConflictDoNothing();
  return { following: true };
}

export async function unfollowThread(db: Database, viewer: Viewer, input: Untrusted<{ threadId: number }>) {
  const me = member(viewer);
  const { threadId } = parse(threadTargetSchema, input);
  await getThreadForWrite(db, me, threadId);
  await db.delete(threadFollows).where(and(eq(threadFollows.userId, me.id), eq(threadFollows.threadId, threadId)));
  return { following: false };
}

async function getStageOrThrow(db: Database, stageId: number) {
  const [stage] = await db.select({ id: stages.id }).from(stages).where(eq(stages.id, stageId));
  if (!stage) throw new AppError('not_found');
  return stage;
}

export async function followStage(db: Database, viewer: Viewer, input: Untrusted<{ stageId: number }>, clock: Clock = systemClock) {
  const me = member(viewer);
  const { stageId } = parse(stageTargetSchema, input);
  await getStageOrThrow(db, stageId);
  await db.insert(stageFollows).values({ userId: me.id, stageId, createdAt: clock() }).onConflictDoNothing();
  return { following: true };
}

export async function unfollowStage(db: Database, viewer: Viewer, input: Untrusted<{ stageId: number }>) {
  const me = member(viewer);
  const { stageId } = parse(stageTargetSchema, input);
  await getStageOrThrow(db, stageId);
  await db.delete(stageFollows).where(and(eq(stageFollows.userId, me.id), eq(stageFollows.stageId, stageId)));
  return { following: false };
}
