import { and, asc, eq } from 'drizzle-orm';
import { replies, threads, timelineEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import { getReplyForWrite } from '../replies/load-for-write';
import { stagesOf } from './list-stories';
import { getThreadForWrite } from './load-for-write';
import { canEditPost } from './policy';

export interface StoryDraft {
  threadId: number;
  title: string;
  body: string;
  stageIds: number[];
  outcomeId: number | null;
  lenderId: number | null;
  lenderOther: string;
  amountBandId: number | null;
  monthsOverdue: number | null;
  timeline: { date: string; stageId: number | null; note: string }[];
}

export type ThreadDraft = ({ kind: 'story' } & StoryDraft) | { kind: 'question'; threadId: number; title: string; body: string; stageIds: number[] };

/** The markdown source and fields of a story or question, for its author's edit form only. */
export async function getThreadDraft(db: Database, viewer: Viewer, threadId: number): Promise<ThreadDraft> {
  if (!viewer) throw new AppError('unauthenticated');
  const thread = await getThreadForWrite(db, viewer, threadId);
  if (!canEditPost(viewer, thread)) throw new AppError(thread.authorId === viewer.id ? 'gone' : 'forbidden');
  if (thread.kind === 'question') {
    const [[row], stageMap] = await Promise.all([
      db.select({ title: threads.title, body: threads.body }).from(threads).where(eq(threads.id, threadId)),
      stagesOf(db, [threadId]),
    ]);
    return { kind: 'question', threadId, title: row!.title, body: row!.body, stageIds: stageMap.get(threadId) ?? [] };
  }
  return { kind: 'story', ...(await storyDraft(db, threadId)) };
}

async function storyDraft(db: Database, threadId: number): Promise<StoryDraft> {
  const [row] = await db.select().from(threads).where(eq(threads.id, threadId));
  const [stageMap, timeline] = await Promise.all([
    stagesOf(db, [threadId]),
    db.select().from(timelineEntries).where(eq(timelineEntries.threadId, threadId)).orderBy(asc(timelineEntries.position)),
  ]);
  return {
    threadId,
    title: row!.title,
    body: row!.body,
    stageIds: stageMap.get(threadId) ?? [],
    outcomeId: row!.outcomeId,
    lenderId: row!.lenderId,
    lenderOther: row!.lenderOther ?? '',
    amountBandId: row!.amountBandId,
    monthsOverdue: row!.monthsOverdue,
    timeline: timeline.map((e) => ({
      date: e.datePrecision === 'month' ? e.occurredOn.slice(0, 7) : e.occurredOn,
      stageId: e.stageId,
      note: e.note,
    })),
  };
}

export async function getReplyForEdit(
  db: Database,
  viewer: Viewer,
  replyId: number,
): Promise<{ replyId: number; threadId: number; body: string }> {
  if (!viewer) throw new AppError('unauthenticated');
  const reply = await getReplyForWrite(db, viewer, replyId);
  if (!canEditPost(viewer, reply)) throw new AppError(reply.authorId === viewer.id ? 'gone' : 'forbidden');
  const [row] = await db
    .select({ body: replies.body })
    .from(replies)
    .where(and(eq(replies.id, replyId)));
  return { replyId, threadId: reply.threadId, body: row!.body };
}
