import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, moderationLog, notificationPreferences, notifications, replyRevisions, threadRevisions, threads } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { redactPost } from '@/lib/moderation/redact-post';
import { editReply } from '@/lib/replies/edit-reply';
import { searchPosts } from '@/lib/search/search';
import { editStory } from '@/lib/threads/edit-story';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listRevisions } from '@/lib/threads/list-revisions';
import { createMember, createTestReply, createTestStory, storyInput } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// Item 5 of issue 11: an earlier version may hold what the author took back,
// so history is the author's and staff's only, and a redaction reaches every
// place the removed words were kept.

let handle: TestDatabase;
let author: Member;
let reader: Member;
let moderator: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  reader = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
});
afterAll(() => handle.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe('who sees edit history', () => {
  it('shows a story’s history to its author and staff, and is not found for a guest or another member', async () => {
    const story = await createTestStory(handle.db, author, { title: '第一版：写了真名的标题', body: '原文里提到了催收员老周。' });
    await editStory(handle.db, author, { ...(await storyInput(handle.db, { title: '第二版标题', body: '删掉了名字。' })), threadId: story.id });

    expect((await listRevisions(handle.db, author, { threadId: story.id })).revisions).toHaveLength(2);
    expect((await listRevisions(handle.db, moderator, { threadId: story.id })).revisions).toHaveLength(2);
    expect(await codeOf(listRevisions(handle.db, null, { threadId: story.id }))).toBe('not_found');
    expect(await codeOf(listRevisions(handle.db, reader, { threadId: story.id }))).toBe('not_found');

    // The page offers the link only where it leads somewhere.
    expect((await getThreadPage(handle.db, author, story.id)).thread.canViewHistory).toBe(true);
    expect((await getThreadPage(handle.db, moderator, story.id)).thread.canViewHistory).toBe(true);
    expect((await getThreadPage(handle.db, reader, story.id)).thread.canViewHistory).toBe(false);
    expect((await getThreadPage(handle.db, null, story.id)).thread.canViewHistory).toBe(false);
  });

  it('does the same for a reply’s history, the thread author included among the outsiders', async () => {
    const story = await createTestStory(handle.db, author);
    const reply = await createTestReply(handle.db, reader, { threadId: story.id, body: '我打了他的电话 0755-2345678 问过' });
    await editReply(handle.db, reader, { replyId: reply.id, body: '我问过了，没结果' });
    expect((await listRevisions(handle.db, reader, { threadId: story.id, replyId: reply.id })).revisions).toHaveLength(2);
    expect((await listRevisions(handle.db, moderator, { threadId: story.id, replyId: reply.id })).revisions).toHaveLength(2);
    for (const outsider of [null, author]) {
      expect(await codeOf(listRevisions(handle.db, outsider, { threadId: story.id, replyId: reply.id }))).toBe('not_found');
    }
    const page = await getThreadPage(handle.db, author, story.id);
    expect(page.replies.find((r) => r.id === reply.id)!.canViewHistory).toBe(false);
  });
});

describe('a redaction rewrites the past', () => {
  it('leaves no revision, search token or log entry holding the removed words of a story', async () => {
    const story = await createTestStory(handle.db, author, { title: '催收员周建国天天打我电话', body: '他叫周建国，自称是律师。' });
    await editStory(handle.db, author, { ...(await storyInput(handle.db, { title: '催收员周建国又来了', body: '周建国今天又打来了。' })), threadId: story.id });
    await redactPost(handle.db, moderator, { target: 'thread', id: story.id, reason: '含他人真实姓名', title: '催收员又来了', body: '（姓名已由版主隐去）今天又打来了。' });

    const rows = await handle.db.select().from(threadRevisions).where(eq(threadRevisions.threadId, story.id));
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain('周建国');
    const history = await listRevisions(handle.db, author, { threadId: story.id });
    expect(history.revisions.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(JSON.stringify(history)).not.toContain('周建国');

    const [thread] = await handle.db.select().from(threads).where(eq(threads.id, story.id));
    expect(`${thread!.title} ${thread!.body} ${thread!.searchText}`).not.toContain('周建国');
    expect((await searchPosts(handle.db, null, { q: '周建国' })).items.map((i) => i.threadId)).not.toContain(story.id);

    // The log keeps the fact and the reason, not the text.
    const log = await handle.db.select().from(moderationLog).where(eq(moderationLog.threadId, story.id));
    expect(log.map((e) => [e.action, e.reason])).toEqual([['redact', '含他人真实姓名']]);
    expect(JSON.stringify(log)).not.toContain('周建国');
  });

  it('rewrites a reply’s revisions, the notification quoting it and the unsent mail about it', async () => {
    const story = await createTestStory(handle.db, author);
    // The story's author wants mail at once for replies.
    await handle.db.insert(notificationPreferences).values({ userId: author.id, type: 'reply_to_thread', inApp: true, emailImmediately: true }).onConflictDoNothing();
    const reply = await createTestReply(handle.db, reader, { threadId: story.id, body: '那个催收员叫李秀英，工号 A7719。' });
    await editReply(handle.db, reader, { replyId: reply.id, body: '那个催收员叫李秀英。' });
    expect(JSON.stringify(await handle.db.select().from(emailOutbox))).toContain('李秀英');
    await redactPost(handle.db, moderator, { target: 'reply', id: reply.id, reason: '含真实姓名', body: '那个催收员（姓名已隐去）。' });

    const revisions = await handle.db.select().from(replyRevisions).where(eq(replyRevisions.replyId, reply.id));
    expect(revisions).toHaveLength(3);
    expect(JSON.stringify(revisions)).not.toContain('李秀英');
    const quoting = await handle.db.select().from(notifications).where(eq(notifications.replyId, reply.id));
    expect(quoting.length).toBeGreaterThan(0);
    expect(JSON.stringify(quoting)).not.toContain('李秀英');
    expect(JSON.stringify(await handle.db.select().from(emailOutbox))).not.toContain('李秀英');
  });
});
