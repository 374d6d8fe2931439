import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies, replyRevisions, threads } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { deleteReply } from '@/lib/replies/delete-reply';
import { editReply } from '@/lib/replies/edit-reply';
import { deleteThread } from '@/lib/threads/delete-thread';
import { getThreadPage, VISIBLE_REPLY_LEVELS } from '@/lib/threads/get-thread-page';
import { listRevisions } from '@/lib/threads/list-revisions';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let other: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  other = await createMember(handle.db);
});
afterAll(() => handle.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

async function replyRowCount() {
  const [row] = await handle.db.select({ n: count() }).from(replies);
  return row!.n;
}

describe('createReply', () => {
  it('nests replies to any depth and counts and bumps the thread', async () => {
    const story = await createTestStory(handle.db, author);
    let parentId: number | undefined;
    for (let depth = 0; depth < 8; depth++) {
      const reply = await createTestReply(handle.db, depth % 2 ? author : other, { threadId: story.id, parentId, body: `第 ${depth} 层` });
      expect(reply.depth).toBe(depth);
      parentId = reply.id;
    }
    const [thread] = await handle.db.select().from(threads).where(eq(threads.id, story.id));
    expect(thread!.replyCount).toBe(8);
    expect(thread!.bumpedAt.getTime()).toBeGreaterThanOrEqual(thread!.createdAt.getTime());

    const page = await getThreadPage(handle.db, null, story.id);
    const step = VISIBLE_REPLY_LEVELS - 1;
    let root = page.replies[0]!;
    for (let depth = 1; depth <= step; depth++) root = root.children[0]!;
    // The deepest level a page shows; what is below it is behind "continue this thread".
    expect(root.depth).toBe(step);
    expect(root.children).toHaveLength(1);
    expect(page.replies[0]!.permalink).toMatch(new RegExp(`/t/${story.id}/[^?]*\\?reply=${page.replies[0]!.id}#r-${page.replies[0]!.id}$`));

    // Deeper than one page shows: its permalink opens the sub-thread that shows it, and marks it.
    const deepest = parentId!;
    const linked = await getThreadPage(handle.db, null, story.id, { replyId: deepest });
    expect(linked.focus).toEqual({ rootId: root.id, parentId: root.parentId });
    expect(linked.markedReplyId).toBe(deepest);
    let node = linked.replies[0]!;
    for (let depth = step + 1; depth < 8; depth++) node = node.children[0]!;
    expect(node.id).toBe(deepest);
    expect(node.depth).toBe(7);

    const sub = await getThreadPage(handle.db, null, story.id, { rootReplyId: root.id });
    expect(sub.replies.map((r) => r.id)).toEqual([root.id]);
    expect(sub.focus).toEqual({ rootId: root.id, parentId: root.parentId });
  });

  it('refuses a parent from another thread as invalid input and writes nothing', async () => {
    const a = await createTestStory(handle.db, author);
    const b = await createTestStory(handle.db, author);
    const foreign = await createTestReply(handle.db, other, { threadId: b.id });
    const before = await replyRowCount();
    const error = await createTestReply(handle.db, other, { threadId: a.id, parentId: foreign.id }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    expect((error as AppError).fieldErrors?.parentId).toEqual(['unknown_parent']);
    expect(await replyRowCount()).toBe(before);
  });

  it('answers not_found for an unknown thread and refuses signed-out visitors', async () => {
    const before = await replyRowCount();
    expect(await codeOf(createTestReply(handle.db, other, { threadId: 424242 }))).toBe('not_found');
    const story = await createTestStory(handle.db, author);
    expect(await codeOf(createTestReply(handle.db, null as never, { threadId: story.id }))).toBe('unauthenticated');
    expect(await replyRowCount()).toBe(before);
  });

  it('refuses empty and oversized replies with field errors', async () => {
    const story = await createTestStory(handle.db, author);
    const empty = await createTestReply(handle.db, other, { threadId: story.id, body: '  ' }).catch((e: AppError) => e);
    expect((empty as AppError).fieldErrors?.body).toEqual(['required']);
    const huge = await createTestReply(handle.db, other, { threadId: story.id, body: '字'.repeat(10_001) }).catch((e: AppError) => e);
    expect((huge as AppError).fieldErrors?.body).toEqual(['too_long:10000']);
  });

  it('closes a deleted thread to new replies', async () => {
    const story = await createTestStory(handle.db, author);
    await deleteThread(handle.db, author, { threadId: story.id });
    expect(await codeOf(createTestReply(handle.db, other, { threadId: story.id }))).toBe('gone');
  });
});

describe('editReply and deleteReply', () => {
  it('keeps every revision of a reply', async () => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, other, { threadId: story.id, body: '原来的回复' });
    await editReply(handle.db, other, { replyId: reply.id, body: '改过的回复' });
    const history = await listRevisions(handle.db, other, { threadId: story.id, replyId: reply.id });
    expect(history.revisions.map((r) => r.bodyHtml)).toEqual(['<p>原来的回复</p>', '<p>改过的回复</p>']);
  });

  it.each([
    ['a signed-out visitor', () => null, 'unauthenticated'],
    ['another member', () => author, 'forbidden'],
  ])('refuses edits and deletes by %s, leaving the rows unchanged', async (_label, viewer, code) => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, other, { threadId: story.id });
    const snapshot = async () => ({
      reply: await handle.db.select().from(replies).where(eq(replies.id, reply.id)),
      revisions: await handle.db.select().from(replyRevisions).where(eq(replyRevisions.replyId, reply.id)),
    });
    const before = await snapshot();
    expect(await codeOf(editReply(handle.db, viewer(), { replyId: reply.id, body: '篡改' }))).toBe(code);
    expect(await codeOf(deleteReply(handle.db, viewer(), { replyId: reply.id }))).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('soft-deletes a reply: a tombstone keeps its children in place', async () => {
    const story = await createTestStory(handle.db, author);
    const parent = await createTestReply(handle.db, other, { threadId: story.id, body: '要删掉的回复' });
    await createTestReply(handle.db, author, { threadId: story.id, parentId: parent.id, body: '子回复' });
    await deleteReply(handle.db, other, { replyId: parent.id });
    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.replies[0]!.status).toBe('deleted');
    expect(page.replies[0]!.bodyHtml).toBeNull();
    expect(page.replies[0]!.children).toHaveLength(1);
    expect(JSON.stringify(page)).not.toContain('要删掉的回复');
    expect(await codeOf(createTestReply(handle.db, author, { threadId: story.id, parentId: parent.id }))).toBe('gone');
  });
});
