import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threads, threadVotes } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { toggleVote } from '@/lib/votes/toggle-vote';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let reader: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  reader = await createMember(handle.db);
});
afterAll(() => handle.close());

describe('toggleVote', () => {
  it('adds one helpful vote per member and takes it back on a second press', async () => {
    const story = await createTestStory(handle.db, author);
    expect(await toggleVote(handle.db, reader, { target: 'thread', id: story.id, kind: 'helpful' })).toEqual({ active: true, count: 1 });
    expect((await getThreadPage(handle.db, reader, story.id)).thread.voted).toEqual({ helpful: true, meToo: false });
    expect(await toggleVote(handle.db, reader, { target: 'thread', id: story.id, kind: 'me_too' })).toEqual({ active: true, count: 1 });
    expect(await toggleVote(handle.db, reader, { target: 'thread', id: story.id, kind: 'helpful' })).toEqual({ active: false, count: 0 });
    const rows = await handle.db
      .select()
      .from(threadVotes)
      .where(and(eq(threadVotes.threadId, story.id), eq(threadVotes.userId, reader.id)));
    expect(rows.map((r) => r.kind)).toEqual(['me_too']);
  });

  it('never counts twice when the same press races itself', async () => {
    const story = await createTestStory(handle.db, author);
    await Promise.allSettled([1, 2, 3].map(() => toggleVote(handle.db, reader, { target: 'thread', id: story.id, kind: 'helpful' })));
    const [thread] = await handle.db.select().from(threads).where(eq(threads.id, story.id));
    const votes = await handle.db.select().from(threadVotes).where(eq(threadVotes.threadId, story.id));
    expect(thread!.helpfulCount).toBe(votes.length);
  });

  it('votes on replies too', async () => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, author, { threadId: story.id });
    expect(await toggleVote(handle.db, reader, { target: 'reply', id: reply.id, kind: 'helpful' })).toEqual({ active: true, count: 1 });
    const page = await getThreadPage(handle.db, reader, story.id);
    expect(page.replies[0]!.helpfulCount).toBe(1);
    expect(page.replies[0]!.voted.helpful).toBe(true);
  });

  it.each([
    ['a signed-out visitor', () => null, 'unauthenticated'],
    ['the author on their own post', () => author, 'forbidden'],
  ])('refuses %s and leaves the counts unchanged', async (_label, viewer, code) => {
    const story = await createTestStory(handle.db, author);
    const error = await toggleVote(handle.db, viewer(), { target: 'thread', id: story.id, kind: 'helpful' }).catch((e: AppError) => e);
    expect((error as AppError).code).toBe(code);
    const [thread] = await handle.db.select().from(threads).where(eq(threads.id, story.id));
    expect(thread!.helpfulCount).toBe(0);
  });

  it('refuses a forged target or kind as invalid input', async () => {
    const error = await toggleVote(handle.db, reader, { target: 'users', id: 1, kind: 'admin' }).catch((e: AppError) => e);
    expect((error as AppError).code).toBe('invalid_input');
  });
});
