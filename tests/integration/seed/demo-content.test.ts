import { count, countDistinct, eq, isNotNull, max, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookmarks,
  expertApplications,
  lenders,
  outcomes,
  replies,
  replyVotes,
  stages,
  threads,
  threadStages,
  threadVotes,
  timelineEntries,
} from '@/db/schema';
import { DEMO_PASSWORD, loadDemoContent } from '@/db/seed/load-demo-content';
import { verifyCredentials } from '@/lib/accounts/queries';
import { listStories } from '@/lib/threads/list-stories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let loaded: { stories: number; replies: number; questions: number };

beforeAll(async () => {
  handle = await createTestDatabase();
  loaded = await loadDemoContent(handle.db, new Date('2026-11-01T12:00:00Z'));
}, 300_000);
afterAll(() => handle.close());

describe('demo content', () => {
  it('covers every stage and outcome, at least 8 lenders, with timelines and anonymous posts', async () => {
    const db = handle.db;
    const [storyCount] = await db.select({ n: count() }).from(threads).where(eq(threads.kind, 'story'));
    expect(storyCount!.n).toBeGreaterThanOrEqual(30);
    expect(loaded.stories).toBe(storyCount!.n);

    const [stageCoverage] = await db.select({ n: countDistinct(threadStages.stageId) }).from(threadStages);
    const [allStages] = await db.select({ n: count() }).from(stages);
    expect(stageCoverage!.n).toBe(allStages!.n);
    const [outcomeCoverage] = await db.select({ n: countDistinct(threads.outcomeId) }).from(threads);
    const [allOutcomes] = await db.select({ n: count() }).from(outcomes);
    expect(outcomeCoverage!.n).toBe(allOutcomes!.n);
    const [lenderCoverage] = await db.select({ n: countDistinct(threads.lenderId) }).from(threads).innerJoin(lenders, eq(lenders.id, threads.lenderId));
    expect(lenderCoverage!.n).toBeGreaterThanOrEqual(8);

    const [withTimeline] = await db.select({ n: countDistinct(timelineEntries.threadId) }).from(timelineEntries);
    expect(withTimeline!.n).toBeGreaterThan(storyCount!.n / 2);
    const [anonymous] = await db.select({ n: count() }).from(threads).where(isNotNull(threads.anonymousLabel));
    expect(anonymous!.n).toBeGreaterThan(0);
  });

  it('has at least 12 questions, 4 experts (one declaring an interest, one expired), expert answers and accepted ones', async () => {
    const db = handle.db;
    const [questions] = await db.select({ n: count() }).from(threads).where(eq(threads.kind, 'question'));
    expect(questions!.n).toBeGreaterThanOrEqual(12);
    expect(loaded.questions).toBe(questions!.n);
    const credentials = await db.select().from(expertApplications).where(eq(expertApplications.status, 'approved'));
    expect(credentials.length).toBeGreaterThanOrEqual(4);
    const now = new Date('2026-11-01T12:00:00Z');
    expect(credentials.some((c) => c.hasCommercialInterest)).toBe(true);
    expect(credentials.some((c) => c.expiresAt! < now)).toBe(true);
    const [expertAnswers] = await db.select({ n: count() }).from(replies).where(isNotNull(replies.expertCredentialId));
    expect(expertAnswers!.n).toBeGreaterThanOrEqual(8);
    const [accepted] = await db.select({ n: count() }).from(threads).where(isNotNull(threads.acceptedReplyId));
    expect(accepted!.n).toBeGreaterThanOrEqual(3);
  });

  it('has at least 150 replies nested to depth 5, some anonymous', async () => {
    const [row] = await handle.db
      .select({ n: count(), deepest: max(replies.depth), anonymous: sql<number>`count(${replies.anonymousLabel})::int` })
      .from(replies);
    expect(row!.n).toBeGreaterThanOrEqual(150);
    expect(row!.deepest).toBeGreaterThanOrEqual(5);
    expect(row!.anonymous).toBeGreaterThan(0);
  });

  it('lets the documented demo accounts sign in by handle', async () => {
    const result = await verifyCredentials(handle.db, { login: 'demo', password: DEMO_PASSWORD });
    expect(result?.member.handle).toBe('demo');
    const admin = await verifyCredentials(handle.db, { login: 'admin', password: DEMO_PASSWORD });
    expect(admin?.member.role).toBe('admin');
  });

  it('has votes whose counters equal their rows, on every thread and reply', async () => {
    const db = handle.db;
    const threadMismatches = await db
      .select({ id: threads.id })
      .from(threads)
      .where(
        sql`${threads.helpfulCount} <> (select count(*) from ${threadVotes} v where v.thread_id = ${threads.id} and v.kind = 'helpful')
          or ${threads.meTooCount} <> (select count(*) from ${threadVotes} v where v.thread_id = ${threads.id} and v.kind = 'me_too')`,
      );
    expect(threadMismatches).toEqual([]);
    const replyMismatches = await db
      .select({ id: replies.id })
      .from(replies)
      .where(
        sql`${replies.helpfulCount} <> (select count(*) from ${replyVotes} v where v.reply_id = ${replies.id} and v.kind = 'helpful')
          or ${replies.meTooCount} <> (select count(*) from ${replyVotes} v where v.reply_id = ${replies.id} and v.kind = 'me_too')`,
      );
    expect(replyMismatches).toEqual([]);
    // Nobody voted for their own post.
    const [own] = await db
      .select({ n: count() })
      .from(threadVotes)
      .innerJoin(threads, eq(threads.id, threadVotes.threadId))
      .where(eq(threads.authorId, threadVotes.userId));
    expect(own!.n).toBe(0);
    const [replyVoteRows] = await db.select({ n: count() }).from(replyVotes);
    expect(replyVoteRows!.n).toBeGreaterThan(0);
  });

  it('spreads votes unevenly: a few popular stories, a long tail, some with none', async () => {
    const counts = (await handle.db.select({ helpful: threads.helpfulCount }).from(threads).where(eq(threads.kind, 'story'))).map(
      (r) => r.helpful,
    );
    const sorted = [...counts].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThanOrEqual(8);
    expect(sorted.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(sorted.filter((n) => n >= 1 && n <= 3).length).toBeGreaterThan(sorted.length / 4);
    // The top three hold a large share of all votes: not uniform.
    const total = sorted.reduce((a, b) => a + b, 0);
    expect(sorted[0]! + sorted[1]! + sorted[2]!).toBeGreaterThan(total / 4);
    expect(new Set(counts).size).toBeGreaterThanOrEqual(5);
  });

  it('gives "most helpful" something to order, unlike "newest"', async () => {
    const helpful = await listStories(handle.db, { kind: 'story', sort: 'helpful', limit: 10 });
    const newest = await listStories(handle.db, { kind: 'story', sort: 'newest', limit: 10 });
    const votes = helpful.items.map((s) => s.helpfulCount);
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    expect(votes[0]!).toBeGreaterThan(votes.at(-1)!);
    expect(helpful.items.map((s) => s.id)).not.toEqual(newest.items.map((s) => s.id));
  });

  it('has bookmarks from several demo members', async () => {
    const [row] = await handle.db.select({ n: count(), members: countDistinct(bookmarks.userId) }).from(bookmarks);
    expect(row!.n).toBeGreaterThanOrEqual(10);
    expect(row!.members).toBeGreaterThanOrEqual(5);
  });
});
