import { and, desc, eq, exists, isNotNull, sql } from 'drizzle-orm';
import { replies, threads, threadStages } from '@/db/schema';
import type { Database } from '@/db/types';
import { excerptOf } from '../threads/excerpt';

// For a stage guide: the newest questions at that stage whose asker accepted
// a verified expert's answer. Only what is public anyway is read: the
// question's title and id, and an excerpt of the accepted answer; no author.

export interface StageAnswer {
  questionId: number;
  questionTitle: string;
  answerId: number;
  answerExcerpt: string;
}

export const STAGE_ANSWERS_LIMIT = 5;

export async function listStageAnswers(db: Database, stageId: number, limit = STAGE_ANSWERS_LIMIT): Promise<StageAnswer[]> {
  const rows = await db
    .select({ questionId: threads.id, questionTitle: threads.title, answerId: replies.id, body: replies.body })
    .from(threads)
    // The accepted reply must be on this very question, published and written as an expert.
    .innerJoin(replies, and(eq(replies.id, threads.acceptedReplyId), eq(replies.threadId, threads.id)))
    .where(
      and(
        eq(threads.kind, 'question'),
        eq(threads.status, 'published'),
        eq(replies.status, 'published'),
        isNotNull(replies.expertCredentialId),
        exists(
          db
            .select({ one: sql`1` })
            .from(threadStages)
            .where(and(eq(threadStages.threadId, threads.id), eq(threadStages.stageId, stageId))),
        ),
      ),
    )
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(limit);
  return rows.map((r) => ({
    questionId: r.questionId,
    questionTitle: r.questionTitle,
    answerId: r.answerId,
    answerExcerpt: excerptOf(r.body, 160),
  }));
}
