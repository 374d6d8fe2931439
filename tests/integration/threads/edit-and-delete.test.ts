import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies, threadRevisions, threads, threadStages } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { deleteThread } from '@/lib/threads/delete-thread';
import { editStory } from '@/lib/threads/edit-story';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listRevisions } from '@/lib/threads/list-revisions';
import { listStories } from '@/lib/threads/list-stories';
import { createMember, createTestReply, createTestStory, slugId, storyInput, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let other: Member;
let moderator: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  other = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
});
afterAll(() => handle.close());

async function snapshot(threadId: number) {
  const [thread] = await handle.db.select().from(threads).where(eq(threads.id, threadId));
  const stages = await handle.db.select().from(threadStages).where(eq(threadStages.threadId, threadId));
  const revisions = await handle.db.select().from(threadRevisions).where(eq(threadRevisions.threadId, threadId));
  return { thread, stages, revisions };
}

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

describe('editStory', () => {
  it('lets the author edit and keeps every revision, viewable in order', async () => {
    const story = await createTestStory(handle.db, author, { title: '第一版标题' });
    const t = await taxonomyOf(handle.db);
    const edit = {
      ...(await storyInput(handle.db, { title: '第二版标题', body: '补充：后来协商成功了。', stages: ['calls', 'negotiation'] })),
      threadId: story.id,
    };
    const result = await editStory(handle.db, author, edit);
    expect(result.revision).toBe(2);

    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.thread.title).toBe('第二版标题');
    expect(page.thread.stageIds).toEqual([slugId(t.stages, 'calls'), slugId(t.stages, 'negotiation')]);
    expect(page.thread.editedAt).not.toBeNull();

    const history = await listRevisions(handle.db, author, { threadId: story.id });
    expect(history.revisions.map((r) => [r.revision, r.title])).toEqual([
      [1, '第一版标题'],
      [2, '第二版标题'],
    ]);
  });

  it.each([
    ['a signed-out visitor', () => null, 'unauthenticated'],
    ['another member', () => other, 'forbidden'],
    ['a moderator (who removes, not edits)', () => moderator, 'forbidden'],
  ])('refuses %s and leaves every row unchanged', async (_label, viewer, code) => {
    const story = await createTestStory(handle.db, author);
    const before = await snapshot(story.id);
    const edit = { ...(await storyInput(handle.db, { title: '被篡改的标题' })), threadId: story.id };
    expect(await codeOf(editStory(handle.db, viewer(), edit))).toBe(code);
    expect(await snapshot(story.id)).toEqual(before);
  });

  it('answers not_found for an unknown thread id', async () => {
    const edit = { ...(await storyInput(handle.db)), threadId: 987654 };
    expect(await codeOf(editStory(handle.db, author, edit))).toBe('not_found');
  });
});

describe('deleteThread', () => {
  it('soft-deletes: the thread and its replies stay, the body is gone from the page and lists', async () => {
    const story = await createTestStory(handle.db, author, { title: '准备删除的经历' });
    await createTestReply(handle.db, other, { threadId: story.id, body: '这条回复应该保留' });
    await deleteThread(handle.db, author, { threadId: story.id });

    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.thread.status).toBe('deleted');
    expect(page.thread.bodyHtml).toBeNull();
    expect(page.replies).toHaveLength(1);
    expect(page.thread.canReply).toBe(false);
    const list = await listStories(handle.db, { sort: 'newest', limit: 50 });
    expect(list.items.map((s) => s.id)).not.toContain(story.id);
    const rows = await handle.db.select().from(replies).where(eq(replies.threadId, story.id));
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['a signed-out visitor', () => null, 'unauthenticated'],
    ['another member', () => other, 'forbidden'],
  ])('refuses %s and leaves the row unchanged', async (_label, viewer, code) => {
    const story = await createTestStory(handle.db, author);
    const before = await snapshot(story.id);
    expect(await codeOf(deleteThread(handle.db, viewer(), { threadId: story.id }))).toBe(code);
    expect(await snapshot(story.id)).toEqual(before);
  });

  it('refuses a garbage id as invalid input', async () => {
    expect(await codeOf(deleteThread(handle.db, author, { threadId: "1 or 1=1; drop table threads" }))).toBe('invalid_input');
  });

  it('a deleted story can no longer be edited', async () => {
    const story = await createTestStory(handle.db, author);
    await deleteThread(handle.db, author, { threadId: story.id });
    const edit = { ...(await storyInput(handle.db)), threadId: story.id };
    expect(await codeOf(editStory(handle.db, author, edit))).toBe('gone');
  });
});
