import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookmarks,
  conductEntries,
  moderationLog,
  notifications,
  recoveryCodes,
  replies,
  replyRevisions,
  stageFollows,
  threadRevisions,
  threads,
  timelineEntries,
  users,
} from '@/db/schema';
import { deleteAccount } from '@/lib/accounts/delete-account';
import { exportAccountData } from '@/lib/accounts/export-account-data';
import { renderExportHtml } from '@/lib/accounts/export-html';
import { findSessionMember, getPublicProfile, verifyCredentials } from '@/lib/accounts/queries';
import { issueRecoveryCodes } from '@/lib/accounts/recovery-codes';
import type { Member } from '@/lib/auth/viewer';
import type { AppError } from '@/lib/errors';
import { removePost } from '@/lib/moderation/moderate-post';
import { reportPost } from '@/lib/moderation/report-post';
import { bookmarkThread } from '@/lib/notifications/bookmarks';
import { followStage } from '@/lib/notifications/follows';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { toggleVote } from '@/lib/votes/toggle-vote';
import { logEntry } from '../conduct/fixtures';
import { TEST_PASSWORD, createMember, createTestReply, createTestStory, slugId, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

/** A member with a bit of everything the forum keeps about a person. */
async function activeMember() {
  const db = handle.db;
  const author = await createMember(db);
  const other = await createMember(db);
  const anonymousReplier = await createMember(db);
  const moderator = await createMember(db, { role: 'moderator' });
  const named = await createTestStory(db, author, {
    title: '我自己的经历：招行逾期半年',
    body: '这是我写下的正文，里面有只属于我的细节。',
    timeline: [{ date: '2026-01', note: '第一次接到电话' }],
  });
  const anonymous = await createTestStory(db, author, { title: '匿名写的另一段经历', body: '匿名正文，也是我的数据。', anonymous: true });
  const othersThread = await createTestStory(db, other, { title: '别人的帖子', body: '别人写的正文。' });
  const ownReply = await createTestReply(db, author, { threadId: othersThread.id, body: '我在别人帖子里的回复。' });
  const anonymousOwnReply = await createTestReply(db, author, { threadId: othersThread.id, body: '我匿名回复的内容。', anonymous: true });
  // Someone replies anonymously in the author's thread, and another member by name.
  await createTestReply(db, anonymousReplier, { threadId: named.id, body: '匿名的安慰。', anonymous: true });
  const othersReply = await createTestReply(db, other, { threadId: named.id, body: '别人的回复会留下。' });
  await bookmarkThread(db, author, { threadId: othersThread.id });
  await followStage(db, author, { stageId: slugId((await taxonomyOf(db)).stages, 'calls') });
  await toggleVote(db, author, { target: 'thread', id: othersThread.id, kind: 'helpful' });
  await reportPost(db, author, { target: 'reply', id: othersReply.id, reason: 'other', note: '我举报时写的说明' });
  await logEntry(db, author, { note: '催收员说要联系我单位' });
  await issueRecoveryCodes(db, author);
  await removePost(db, moderator, { target: 'reply', id: ownReply.id, reason: '包含对方工号之外的个人信息' });
  return { author, other, anonymousReplier, named, anonymous, othersThread, ownReply, anonymousOwnReply, othersReply };
}

const fieldErrorsOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: AppError) => e.fieldErrors);
const userRow = async (id: number) => (await handle.db.select().from(users).where(eq(users.id, id)))[0]!;

describe('export my data', () => {
  it('holds everything about the viewer, their anonymous posts included, and nobody else’s identity', async () => {
    const s = await activeMember();
    const data = await exportAccountData(handle.db, s.author, new Date('2026-08-01T00:00:00Z'));
    expect(data.profile.handle).toBe(s.author.handle);
    expect(data.profile.email).toBe(`${s.author.handle}@example.test`);
    expect(data.threads.map((t) => t.title).sort()).toEqual(['匿名写的另一段经历', '我自己的经历：招行逾期半年']);
    expect(data.threads.find((t) => t.id === s.anonymous.id)).toMatchObject({ anonymous: true, body: '匿名正文，也是我的数据。' });
    expect(data.threads.find((t) => t.id === s.named.id)!.timeline[0]!.note).toBe('第一次接到电话');
    expect(data.threads.find((t) => t.id === s.named.id)!.revisions).toHaveLength(1);
    expect(data.replies.map((r) => r.body).sort()).toEqual(['我匿名回复的内容。', '我在别人帖子里的回复。']);
    expect(data.votes.threads).toEqual([expect.objectContaining({ threadId: s.othersThread.id, kind: 'helpful' })]);
    expect(data.bookmarks).toHaveLength(1);
    expect(data.follows.stages).toHaveLength(1);
    expect(data.conductLog[0]!.note).toBe('催收员说要联系我单位');
    expect(data.reportsFiled[0]!.note).toBe('我举报时写的说明');
    expect(data.recoveryCodes.unused).toBe(10);
    expect(data.notifications.length).toBeGreaterThan(0);

    const json = JSON.stringify(data);
    // Not the anonymous replier in their thread (other people's text appears
    // only as the notification excerpts they were shown), no ids, no secrets.
    expect(json).not.toContain(s.anonymousReplier.handle);
    expect(json).not.toContain(s.anonymousReplier.displayName);
    expect(json).not.toContain('argon2');
    expect(json).not.toMatch(/"(authorId|userId|ownerId|reporterId|editorId|decidedById|passwordHash|codeHash)"/);

    const html = renderExportHtml(data, { title: '导出', lang: 'zh-CN', sections: {} });
    expect(html).toContain('匿名正文，也是我的数据。');
    expect(html).not.toContain('<script');
  });
});

describe('delete my account', () => {
  it('needs the current password and a choice, and changes nothing without them', async () => {
    const s = await activeMember();
    expect(await fieldErrorsOf(deleteAccount(handle.db, s.author, { currentPassword: 'wrong', posts: 'keep', confirm: 'on' }))).toEqual({
      currentPassword: ['wrong_password'],
    });
    expect(Object.keys((await fieldErrorsOf(deleteAccount(handle.db, s.author, { currentPassword: TEST_PASSWORD }))) ?? {}).sort()).toEqual([
      'confirm',
      'posts',
    ]);
    expect((await userRow(s.author.id)).deletedAt).toBeNull();
  });

  it('keeps posts detached as 已注销用户, anonymous ones still anonymous, and erases everything personal', async () => {
    const s = await activeMember();
    const authorNotificationsAbout = await handle.db.select().from(notifications).where(eq(notifications.replyId, s.anonymousOwnReply.id));
    expect(authorNotificationsAbout.length).toBeGreaterThan(0);

    await deleteAccount(handle.db, s.author, { currentPassword: TEST_PASSWORD, posts: 'keep', confirm: 'on' });

    const page = await getThreadPage(handle.db, s.other as Member, s.named.id);
    expect(page.thread.author).toEqual({ kind: 'deleted' });
    expect(page.thread.bodyHtml).toContain('只属于我的细节');
    const anonymous = await getThreadPage(handle.db, null, s.anonymous.id);
    expect(anonymous.thread.author.kind).toBe('anonymous');
    const othersThread = await getThreadPage(handle.db, null, s.othersThread.id);
    const anonymousReply = othersThread.replies.find((r) => r.id === s.anonymousOwnReply.id)!;
    expect(anonymousReply.author.kind).toBe('anonymous');
    expect(JSON.stringify(page)).not.toContain(s.author.handle);

    const row = await userRow(s.author.id);
    expect(row).toMatchObject({ email: null, emailVerifiedAt: null, passwordHash: '', displayName: '', bio: '', role: 'member' });
    expect(row.handle).not.toBe(s.author.handle);
    expect(row.deletedAt).not.toBeNull();
    await expect(getPublicProfile(handle.db, s.author.handle)).rejects.toMatchObject({ code: 'not_found' });
    expect(await verifyCredentials(handle.db, { login: s.author.handle, password: TEST_PASSWORD })).toBeNull();
    expect(await findSessionMember(handle.db, s.author.id, 1, new Date())).toBeNull();

    for (const table of [recoveryCodes, bookmarks, stageFollows] as const) {
      expect(await handle.db.select().from(table).where(eq(table.userId, s.author.id))).toHaveLength(0);
    }
    expect(await handle.db.select().from(conductEntries).where(eq(conductEntries.ownerId, s.author.id))).toHaveLength(0);
    expect(await handle.db.select().from(notifications).where(eq(notifications.userId, s.author.id))).toHaveLength(0);
    // Notifications others got about the deleted member's replies are gone too.
    expect(
      await handle.db.select().from(notifications).where(inArray(notifications.replyId, [s.ownReply.id, s.anonymousOwnReply.id])),
    ).toHaveLength(0);
    // The moderation log keeps the act and the post, not the text or the person.
    const [logged] = await handle.db.select().from(moderationLog).where(eq(moderationLog.replyId, s.ownReply.id));
    expect(logged).toMatchObject({ action: 'remove', reason: '', targetUserId: null });
    // The name moves to nobody's account: a new member may take the handle without inheriting posts.
    expect(await handle.db.select().from(users).where(eq(users.handle, s.author.handle))).toHaveLength(0);
  });

  it('erases titles, bodies, timeline notes and every revision when asked, leaving tombstones and others’ replies', async () => {
    const s = await activeMember();
    const { erasedPosts } = await deleteAccount(handle.db, s.author, { currentPassword: TEST_PASSWORD, posts: 'erase', confirm: 'on' });
    expect(erasedPosts).toBe(4);

    const own = await handle.db.select().from(threads).where(eq(threads.authorId, s.author.id));
    expect(own.every((t) => t.title === '' && t.body === '' && t.status === 'deleted' && t.searchText === '')).toBe(true);
    const ownReplies = await handle.db.select().from(replies).where(eq(replies.authorId, s.author.id));
    expect(ownReplies.every((r) => r.body === '' && r.status === 'deleted')).toBe(true);
    const revisions = await handle.db.select().from(threadRevisions).where(eq(threadRevisions.threadId, s.named.id));
    expect(revisions.every((r) => r.title === '' && r.body === '')).toBe(true);
    const replyRevs = await handle.db.select().from(replyRevisions).where(eq(replyRevisions.replyId, s.ownReply.id));
    expect(replyRevs.every((r) => r.body === '')).toBe(true);
    const notes = await handle.db.select().from(timelineEntries).where(eq(timelineEntries.threadId, s.named.id));
    expect(notes.every((n) => n.note === '')).toBe(true);

    const page = await getThreadPage(handle.db, null, s.named.id);
    expect(page.thread.bodyHtml).toBeNull();
    expect(page.replies.map((r) => r.id)).toContain(s.othersReply.id);
    expect(JSON.stringify(page)).not.toContain('只属于我的细节');
  });
});
