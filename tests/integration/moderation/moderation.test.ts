import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderationLog, replies, reports, threads, users } from '@/db/schema';
import { findSessionMember } from '@/lib/accounts/queries';
import type { Member, Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { banUser, unbanUser } from '@/lib/moderation/ban-user';
import { dismissReports } from '@/lib/moderation/dismiss-reports';
import { lockThread } from '@/lib/moderation/lock-thread';
import { approvePost, removePost, restorePost } from '@/lib/moderation/moderate-post';
import { listModerationLog, listModerationQueue } from '@/lib/moderation/queries';
import { redactPost } from '@/lib/moderation/redact-post';
import { reportPost } from '@/lib/moderation/report-post';
import { revealAnonymousAuthor } from '@/lib/moderation/reveal-author';
import { defaultSettings } from '@/lib/settings';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listRevisions } from '@/lib/threads/list-revisions';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// The members here are minutes old; these settings take them out of the
// new-user sandbox so their reports count toward hiding.
const established = { ...defaultSettings, newUserMinAgeHours: 0, newUserMinPublishedPosts: 0 };

let handle: TestDatabase;
let author: Member;
let members: Member[];
let moderator: Member;
let admin: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  members = await Promise.all([1, 2, 3, 4].map(() => createMember(handle.db)));
  moderator = await createMember(handle.db, { role: 'moderator' });
  admin = await createMember(handle.db, { role: 'admin' });
});
afterAll(() => handle.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

async function snapshot() {
  const db = handle.db;
  return {
    threads: await db.select().from(threads).orderBy(threads.id),
    replies: await db.select().from(replies).orderBy(replies.id),
    users: await db.select({ id: users.id, status: users.status, bannedUntil: users.bannedUntil }).from(users).orderBy(users.id),
    reports: await db.select().from(reports).orderBy(reports.id),
    log: (await db.select({ n: count() }).from(moderationLog))[0]!.n,
  };
}

async function logEntries(action: string) {
  return (await handle.db.select().from(moderationLog)).filter((e) => e.action === action);
}

describe('reports', () => {
  it('hides a post once three distinct members reported it, until a moderator decides', async () => {
    const story = await createTestStory(handle.db, author);
    expect(await reportPost(handle.db, members[0]!, { target: 'thread', id: story.id, reason: 'spam', note: '广告' }, undefined, established)).toEqual({ hidden: false });
    expect(await codeOf(reportPost(handle.db, members[0]!, { target: 'thread', id: story.id, reason: 'spam', note: '' }))).toBe('conflict');
    await reportPost(handle.db, members[1]!, { target: 'thread', id: story.id, reason: 'scam_agent', note: '' }, undefined, established);
    expect(await reportPost(handle.db, members[2]!, { target: 'thread', id: story.id, reason: 'other', note: '' }, undefined, established)).toEqual({ hidden: true });
    await expect(getThreadPage(handle.db, members[3]!, story.id)).rejects.toMatchObject({ code: 'not_found' });

    const queue = await listModerationQueue(handle.db, moderator);
    const item = queue.find((q) => q.target === 'thread' && q.id === story.id)!;
    expect(item.openReports).toBe(3);
    expect(item.pendingReason).toBe('reports');
    expect(item.reasons.sort()).toEqual(['other', 'scam_agent', 'spam']);

    await approvePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '内容正常，举报不成立' });
    expect((await getThreadPage(handle.db, members[3]!, story.id)).thread.status).toBe('published');
    expect((await listModerationQueue(handle.db, moderator)).some((q) => q.id === story.id && q.target === 'thread')).toBe(false);
  });

  it('refuses reports from visitors, on one’s own post, and bad reasons, writing nothing', async () => {
    const story = await createTestStory(handle.db, author);
    const before = await snapshot();
    expect(await codeOf(reportPost(handle.db, null, { target: 'thread', id: story.id, reason: 'spam', note: '' }))).toBe('unauthenticated');
    expect(await codeOf(reportPost(handle.db, author, { target: 'thread', id: story.id, reason: 'spam', note: '' }))).toBe('forbidden');
    expect(await codeOf(reportPost(handle.db, members[0]!, { target: 'thread', id: story.id, reason: 'because', note: '' }))).toBe('invalid_input');
    expect(await snapshot()).toEqual(before);
  });
});

describe('moderation actions', () => {
  async function fixtures() {
    const story = await createTestStory(handle.db, author, { title: '待处理的帖子' });
    const reply = await createTestReply(handle.db, members[0]!, { threadId: story.id, body: '一条普通回复' });
    await reportPost(handle.db, members[1]!, { target: 'reply', id: reply.id, reason: 'harassment', note: '' });
    return { story, reply };
  }

  const actions = (ids: { story: { id: number }; reply: { id: number } }) => ({
    approve: (v: Viewer) => approvePost(handle.db, v, { target: 'thread', id: ids.story.id, reason: '通过' }),
    remove: (v: Viewer) => removePost(handle.db, v, { target: 'thread', id: ids.story.id, reason: '违规' }),
    restore: (v: Viewer) => restorePost(handle.db, v, { target: 'thread', id: ids.story.id, reason: '恢复' }),
    lock: (v: Viewer) => lockThread(handle.db, v, { threadId: ids.story.id, locked: true, reason: '争吵' }),
    redact: (v: Viewer) => redactPost(handle.db, v, { target: 'reply', id: ids.reply.id, reason: '含真实姓名', body: '（已编辑）' }),
    dismiss: (v: Viewer) => dismissReports(handle.db, v, { target: 'reply', id: ids.reply.id, reason: '不成立' }),
    ban: (v: Viewer) => banUser(handle.db, v, { userId: members[0]!.id, reason: '多次骚扰', days: 7 }),
    unban: (v: Viewer) => unbanUser(handle.db, v, { userId: members[0]!.id, reason: '申诉通过' }),
    reveal: (v: Viewer) => revealAnonymousAuthor(handle.db, v, { target: 'thread', id: ids.story.id, reason: '核实' }),
  });

  it.each(['approve', 'remove', 'restore', 'lock', 'redact', 'dismiss', 'ban', 'unban', 'reveal'] as const)(
    '%s is refused to visitors and members, and leaves every row unchanged',
    async (name) => {
      const ids = await fixtures();
      const before = await snapshot();
      for (const viewer of [null, members[2]!, author]) {
        const code = await codeOf(actions(ids)[name](viewer));
        expect(['unauthenticated', 'forbidden', 'not_found']).toContain(code);
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it('logs every act in the same transaction: who, what, why', async () => {
    const ids = await fixtures();
    const act = actions(ids);
    await act.remove(moderator);
    await act.restore(moderator);
    await act.lock(moderator);
    await act.redact(moderator);
    await act.dismiss(moderator);
    await act.ban(moderator);
    await act.unban(moderator);
    await act.reveal(admin);
    for (const [action, reason] of [
      ['remove', '违规'],
      ['restore', '恢复'],
      ['lock', '争吵'],
      ['redact', '含真实姓名'],
      ['dismiss_reports', '不成立'],
      ['ban', '多次骚扰'],
      ['unban', '申诉通过'],
      ['reveal_author', '核实'],
    ]) {
      const entry = (await logEntries(action!)).at(-1)!;
      expect(entry.reason).toBe(reason);
      expect(entry.actorId).toBe(action === 'reveal_author' ? admin.id : moderator.id);
    }
    const log = await listModerationLog(handle.db, moderator);
    expect(log.items.length).toBeGreaterThanOrEqual(8);
    await expect(listModerationLog(handle.db, members[0]!)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps removed content for moderators only and tells the author why', async () => {
    const { story } = await fixtures();
    await removePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '包含他人隐私' });
    await expect(getThreadPage(handle.db, members[3]!, story.id)).rejects.toMatchObject({ code: 'not_found' });
    const own = await getThreadPage(handle.db, author, story.id);
    expect(own.thread.bodyHtml).toBeNull();
    expect(own.thread.removalReason).toBe('包含他人隐私');
    await expect(listRevisions(handle.db, author, { threadId: story.id })).rejects.toMatchObject({ code: 'gone' });
    const staff = await getThreadPage(handle.db, moderator, story.id);
    expect(staff.thread.bodyHtml).toContain('那天下午接到电话');
  });

  it('a locked thread takes no new replies', async () => {
    const { story } = await fixtures();
    await lockThread(handle.db, moderator, { threadId: story.id, locked: true, reason: '讨论失控' });
    expect(await codeOf(createTestReply(handle.db, members[2]!, { threadId: story.id }))).toBe('thread_locked');
    expect((await getThreadPage(handle.db, members[2]!, story.id)).thread.canReply).toBe(false);
    await lockThread(handle.db, moderator, { threadId: story.id, locked: false, reason: '恢复讨论' });
    expect(await codeOf(createTestReply(handle.db, members[2]!, { threadId: story.id }))).toBe('ok');
  });

  it('a ban refuses the next request, even with an old session', async () => {
    const target = await createMember(handle.db);
    expect(await findSessionMember(handle.db, target.id, 1, new Date())).not.toBeNull();
    await banUser(handle.db, moderator, { userId: target.id, reason: '诈骗' });
    expect(await findSessionMember(handle.db, target.id, 1, new Date())).toBeNull();
  });

  it('a moderator cannot act on an admin’s content, ban an admin, or act on their own content', async () => {
    const adminStory = await createTestStory(handle.db, admin);
    const ownStory = await createTestStory(handle.db, moderator);
    const before = await snapshot();
    expect(await codeOf(removePost(handle.db, moderator, { target: 'thread', id: adminStory.id, reason: 'x' }))).toBe('forbidden');
    expect(await codeOf(banUser(handle.db, moderator, { userId: admin.id, reason: 'x' }))).toBe('forbidden');
    expect(await codeOf(removePost(handle.db, moderator, { target: 'thread', id: ownStory.id, reason: 'x' }))).toBe('forbidden');
    expect(await codeOf(banUser(handle.db, moderator, { userId: moderator.id, reason: 'x' }))).toBe('forbidden');
    expect(await snapshot()).toEqual(before);
    // An admin may act on a moderator's post.
    expect(await codeOf(removePost(handle.db, admin, { target: 'thread', id: ownStory.id, reason: '越权发言' }))).toBe('ok');
  });

  it('only an admin reveals an anonymous author, with a reason, and the queue never shows who it is', async () => {
    const story = await createTestStory(handle.db, author, { anonymous: true });
    await reportPost(handle.db, members[0]!, { target: 'thread', id: story.id, reason: 'harassment', note: '' });
    const item = (await listModerationQueue(handle.db, moderator)).find((q) => q.target === 'thread' && q.id === story.id)!;
    expect(item.author.kind).toBe('anonymous');
    expect(item.authorId).toBeNull();
    expect(JSON.stringify(item)).not.toContain(author.handle);

    expect(await codeOf(revealAnonymousAuthor(handle.db, moderator, { target: 'thread', id: story.id, reason: '好奇' }))).toBe('not_found');
    expect(await codeOf(revealAnonymousAuthor(handle.db, admin, { target: 'thread', id: story.id, reason: '' }))).toBe('invalid_input');
    const revealed = await revealAnonymousAuthor(handle.db, admin, { target: 'thread', id: story.id, reason: '用户发出人身威胁，需要核实' });
    expect(revealed.handle).toBe(author.handle);
    const entry = (await logEntries('reveal_author')).at(-1)!;
    expect(entry).toMatchObject({ actorId: admin.id, threadId: story.id, reason: '用户发出人身威胁，需要核实' });
    // The log view does not name the revealed person either.
    const log = await listModerationLog(handle.db, admin);
    expect(JSON.stringify(log)).not.toContain(author.handle);
  });

  it('restores only what was removed, and approves only what is pending', async () => {
    const { story } = await fixtures();
    expect(await codeOf(restorePost(handle.db, moderator, { target: 'thread', id: story.id, reason: 'x' }))).toBe('conflict');
    expect(await codeOf(approvePost(handle.db, moderator, { target: 'thread', id: story.id, reason: 'x' }))).toBe('conflict');
    const [row] = await handle.db.select().from(threads).where(eq(threads.id, story.id));
    expect(row!.status).toBe('published');
  });
});
