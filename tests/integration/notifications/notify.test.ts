import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, expertApplications, notifications, replies, threads } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { lockThread } from '@/lib/moderation/lock-thread';
import { approvePost, removePost } from '@/lib/moderation/moderate-post';
import { redactPost } from '@/lib/moderation/redact-post';
import { notifyAnswerAccepted, notifyApplicationDecided, notifyInvitation, parseMentions } from '@/lib/notifications/emit';
import { queueNotificationEvent } from '@/lib/notifications/events';
import { followStage, followThread } from '@/lib/notifications/follows';
import { markRead, markThreadNotificationsRead } from '@/lib/notifications/mark-read';
import { setNotificationPreference } from '@/lib/notifications/preferences';
import { countUnread, listNotifications } from '@/lib/notifications/queries';
import { createMember, createTestReply, createTestStory, slugId, steppingClock, taxonomyOf } from '../../support/factories';
import { drainNotificationEvents } from '../../support/notifications';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let replier: Member;
let other: Member;
let moderator: Member;
const clock = steppingClock();

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  replier = await createMember(handle.db);
  other = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
});
afterAll(() => handle.close());

async function rowsOf(userId: number, threadId?: number) {
  const rows = await handle.db
    .select()
    .from(notifications)
    .where(threadId === undefined ? eq(notifications.userId, userId) : and(eq(notifications.userId, userId), eq(notifications.threadId, threadId)))
    .orderBy(notifications.id);
  return rows;
}

async function mailsOf(userId: number) {
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId)).orderBy(emailOutbox.id);
}

/** A question thread written directly: the question service is another feature's. */
async function createQuestion(asker: Member, title = '被起诉了需要请律师吗？') {
  const [row] = await handle.db
    .insert(threads)
    .values({ kind: 'question', authorId: asker.id, title, body: '收到法院传票，金额三万。' })
    .returning({ id: threads.id });
  return row!.id;
}

/**
 * An expert's answer written directly (the experts feature has its own
 * service and tests): a badge for the writer, the reply carrying it, its
 * event queued and fanned out.
 */
async function insertExpertAnswer(threadId: number, writer: Member, body: string) {
  const [credential] = await handle.db
    .insert(expertApplications)
    .values({ userId: writer.id, profession: 'lawyer', yearsOfPractice: 5, licenceNumber: '1101****0001', hasCommercialInterest: false, status: 'approved' })
    .returning({ id: expertApplications.id });
  const [row] = await handle.db
    .insert(replies)
    .values({ threadId, depth: 0, authorId: writer.id, body, expertCredentialId: credential!.id })
    .returning({ id: replies.id });
  await handle.db.transaction((tx) => queueNotificationEvent(tx, { type: 'reply_published', threadId, replyId: row!.id, now: clock() }));
  await drainNotificationEvents(handle.db);
  return row!.id;
}

describe('who is told about a reply', () => {
  it('tells the thread author, showing the replier and the masked reply, and not the replier', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    const reply = await createTestReply(handle.db, replier, { threadId: story.id, body: '我也遇到过，当时打 13800138000 问的。' }, clock);
    const [row] = await rowsOf(author.id, story.id);
    expect(row).toMatchObject({
      type: 'reply_to_thread',
      threadId: story.id,
      replyId: reply.id,
      actorLabel: replier.displayName,
      count: 1,
      readAt: null,
    });
    expect(row!.excerpt).toContain('138****8000');
    expect(row!.excerpt).not.toContain('13800138000');
    expect(await rowsOf(replier.id, story.id)).toEqual([]);
  });

  it('tells the parent reply’s author about a reply to their reply', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    const parent = await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    await markThreadNotificationsRead(handle.db, author, story.id);
    const child = await createTestReply(handle.db, other, { threadId: story.id, parentId: parent.id, body: '同感' }, clock);
    expect(await rowsOf(replier.id, story.id)).toMatchObject([{ type: 'reply_to_reply', replyId: child.id, actorLabel: other.displayName }]);
    // The thread author hears of it too, as a reply in their thread.
    expect((await rowsOf(author.id, story.id)).filter((r) => r.readAt === null)).toMatchObject([{ type: 'reply_to_thread', replyId: child.id }]);
  });

  it('tells followers of the thread', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    await followThread(handle.db, other, { threadId: story.id });
    await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    expect(await rowsOf(other.id, story.id)).toMatchObject([{ type: 'followed_thread', count: 1 }]);
  });

  it('tells members @mentioned by handle, ignoring unknown handles and e-mail addresses', async () => {
    expect(parseMentions('问问 @Lawyer_He 和 @ab 以及 a@b.com、@xinli_an。')).toEqual(['lawyer_he', 'xinli_an']);
    const story = await createTestStory(handle.db, author, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id, body: `@${other.handle} 你之前说的律师函是怎么处理的？@nobody_here` }, clock);
    expect(await rowsOf(other.id, story.id)).toMatchObject([{ type: 'mention' }]);
  });

  it('sends one notification per recipient, the most specific type winning, and never to the actor', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    await followThread(handle.db, replier, { threadId: story.id });
    // The author is mentioned, followed (automatically) and replied to: one row, reply_to_thread.
    await createTestReply(handle.db, replier, { threadId: story.id, body: `@${author.handle} @${replier.handle} 谢谢` }, clock);
    expect(await rowsOf(author.id, story.id)).toMatchObject([{ type: 'reply_to_thread', count: 1 }]);
    expect(await rowsOf(replier.id, story.id)).toEqual([]);
  });

  it('tells an asker that an expert answered their question', async () => {
    const questionId = await createQuestion(author);
    await insertExpertAnswer(questionId, replier, '可以先申请诉前调解。');
    expect(await rowsOf(author.id, questionId)).toMatchObject([{ type: 'expert_answer', actorLabel: replier.displayName, excerpt: '可以先申请诉前调解。' }]);
  });

  it('tells the answer’s author that it was accepted, the expert of an invitation and an applicant of the decision', async () => {
    const questionId = await createQuestion(author, '协商分期被拒怎么办');
    const answer = await createTestReply(handle.db, replier, { threadId: questionId, body: '先打银行的投诉电话。' }, clock);
    await handle.db.transaction(async (tx) => {
      await notifyAnswerAccepted(tx, { threadId: questionId, replyId: answer.id, answerAuthorId: replier.id, now: clock() });
      await notifyInvitation(tx, { expertId: other.id, threadId: questionId, now: clock() });
      await notifyApplicationDecided(tx, { userId: other.id, approved: true, now: clock() });
      await notifyApplicationDecided(tx, { userId: replier.id, approved: false, now: clock() });
    });
    expect(await rowsOf(replier.id, questionId)).toMatchObject([{ type: 'answer_accepted', replyId: answer.id, actorLabel: author.displayName }]);
    const otherRows = await rowsOf(other.id);
    expect(otherRows.filter((r) => r.type === 'invitation')).toMatchObject([{ threadId: questionId, actorLabel: '' }]);
    expect(otherRows.filter((r) => r.type === 'application_decided')).toMatchObject([{ actorLabel: 'approved', threadId: null }]);
    expect((await rowsOf(replier.id)).filter((r) => r.type === 'application_decided')).toMatchObject([{ actorLabel: 'rejected' }]);
  });

  it('tells followers of a stage about a new published story, once, and not its author', async () => {
    const t = await taxonomyOf(handle.db);
    const lawsuit = slugId(t.stages, 'lawsuit');
    const visit = slugId(t.stages, 'home-visit');
    const follower = await createMember(handle.db);
    await followStage(handle.db, follower, { stageId: lawsuit });
    await followStage(handle.db, follower, { stageId: visit });
    await followStage(handle.db, author, { stageId: lawsuit });
    const story = await createTestStory(handle.db, author, { stages: ['home-visit', 'lawsuit'] }, clock);
    expect(await rowsOf(follower.id)).toMatchObject([{ type: 'followed_stage', threadId: story.id, actorLabel: author.displayName }]);
    expect((await rowsOf(author.id, story.id)).filter((r) => r.type === 'followed_stage')).toEqual([]);
    // Another stage's story does not reach them.
    await createTestStory(handle.db, author, { stages: ['sms'] }, clock);
    expect(await rowsOf(follower.id)).toHaveLength(1);
  });

  it('announces a story held for review only once a moderator approves it', async () => {
    const t = await taxonomyOf(handle.db);
    const follower = await createMember(handle.db);
    await followStage(handle.db, follower, { stageId: slugId(t.stages, 'negotiation') });
    const story = await createTestStory(
      handle.db,
      author,
      { stages: ['negotiation'], title: '专业停息挂账代办，成功率高', body: '我们团队做代理协商三年了，有需要的加V：shangan2026，免费评估。' },
      clock,
    );
    expect(story.status).toBe('pending');
    expect(await rowsOf(follower.id)).toEqual([]);
    await approvePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '核实后没有问题' }, clock);
    await drainNotificationEvents(handle.db);
    expect(await rowsOf(follower.id)).toMatchObject([{ type: 'followed_stage', threadId: story.id }]);
  });
});

describe('moderation notices', () => {
  it('tells the author what a moderator did and why, without naming the moderator', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    const reply = await createTestReply(handle.db, replier, { threadId: story.id, body: '这是一条回复' }, clock);
    await removePost(handle.db, moderator, { target: 'reply', id: reply.id, reason: '含有他人电话 13900139000' }, clock);
    await lockThread(handle.db, moderator, { threadId: story.id, locked: true, reason: '讨论已经偏题' }, clock);
    await redactPost(handle.db, moderator, { target: 'thread', id: story.id, reason: '隐去真实姓名', body: '已经隐去的正文' }, clock);
    const toReplier = await rowsOf(replier.id, story.id);
    expect(toReplier.filter((r) => r.type === 'moderation')).toMatchObject([{ actorLabel: 'remove', replyId: reply.id, excerpt: '含有他人电话 139****9000' }]);
    const toAuthor = (await rowsOf(author.id, story.id)).filter((r) => r.type === 'moderation');
    expect(toAuthor.map((r) => [r.actorLabel, r.excerpt])).toEqual([
      ['lock', '讨论已经偏题'],
      ['redact', '隐去真实姓名'],
    ]);
    expect(JSON.stringify([...toReplier, ...toAuthor])).not.toContain(moderator.displayName);
    // The removed reply is no longer quoted in the author's list.
    const listed = await listNotifications(handle.db, author);
    expect(listed.items.find((n) => n.replyId === reply.id && n.type === 'reply_to_thread')?.excerpt).toBe('');
  });

  it('rewrites notifications quoting a redacted reply', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    const reply = await createTestReply(handle.db, replier, { threadId: story.id, body: '催收员叫王大锤，说要上门' }, clock);
    await redactPost(handle.db, moderator, { target: 'reply', id: reply.id, reason: '隐去姓名', body: '催收员叫某某，说要上门' }, clock);
    const [row] = (await rowsOf(author.id, story.id)).filter((r) => r.type === 'reply_to_thread');
    expect(row!.excerpt).toBe('催收员叫某某，说要上门');
  });
});

describe('collapsing', () => {
  it('collapses three replies into one unread row, and starts a new row after it was read', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id, body: '第一条' }, clock);
    await createTestReply(handle.db, other, { threadId: story.id, body: '第二条' }, clock);
    const third = await createTestReply(handle.db, replier, { threadId: story.id, body: '第三条', anonymous: true }, clock);
    const rows = await rowsOf(author.id, story.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 3, replyId: third.id, excerpt: '第三条', collapseKey: `thread:${story.id}`, readAt: null });
    expect(rows[0]!.actorLabel).toMatch(/^匿名用户 · [A-Z2-9]{4}$/);
    expect(rows[0]!.updatedAt.getTime()).toBeGreaterThan(rows[0]!.createdAt.getTime());

    const unreadBefore = await countUnread(handle.db, author);
    await markRead(handle.db, author, { id: rows[0]!.id });
    expect(await countUnread(handle.db, author)).toBe(unreadBefore - 1);
    await createTestReply(handle.db, other, { threadId: story.id, body: '第四条' }, clock);
    const after = await rowsOf(author.id, story.id);
    expect(after.map((r) => [r.count, r.readAt === null])).toEqual([
      [3, false],
      [1, true],
    ]);
  });

  it('keeps the most telling type when an expert answer joins a collapsed row', async () => {
    const questionId = await createQuestion(author, '律师函是真的吗');
    await createTestReply(handle.db, replier, { threadId: questionId, body: '大概率是模板' }, clock);
    await insertExpertAnswer(questionId, other, '看落款律所能不能查到执业证。');
    await createTestReply(handle.db, replier, { threadId: questionId, body: '补充一句' }, clock);
    const rows = await rowsOf(author.id, questionId);
    expect(rows).toHaveLength(1);
    // The latest actor and text show, but the row still says an expert answered.
    expect(rows[0]).toMatchObject({ type: 'expert_answer', count: 3, actorLabel: replier.displayName, excerpt: '补充一句' });
  });
});

describe('preferences', () => {
  it('writes no in-app row for a type the member switched off', async () => {
    const quiet = await createMember(handle.db);
    await setNotificationPreference(handle.db, quiet.id, 'reply_to_thread', { inApp: false });
    const story = await createTestStory(handle.db, quiet, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    expect(await rowsOf(quiet.id, story.id)).toEqual([]);
    expect(await mailsOf(quiet.id)).toEqual([]);
  });

  it('queues an immediate mail with the notification for a type the member wants mailed', async () => {
    const eager = await createMember(handle.db);
    await setNotificationPreference(handle.db, eager.id, 'reply_to_thread', { emailImmediately: true });
    const story = await createTestStory(handle.db, eager, {}, clock);
    const reply = await createTestReply(handle.db, replier, { threadId: story.id, body: '别把手机号 13912345678 发出来' }, clock);
    expect(await rowsOf(eager.id, story.id)).toHaveLength(1);
    const mails = await mailsOf(eager.id);
    expect(mails).toMatchObject([{ kind: 'immediate', status: 'pending', attempts: 0, dedupeKey: `immediate:reply_to_thread:${eager.id}:reply:${reply.id}` }]);
    expect(mails[0]!.subject).toContain(replier.displayName);
    expect(mails[0]!.textBody).toContain(`{{base}}/t/${story.id}?reply=${reply.id}#r-${reply.id}`);
    expect(mails[0]!.textBody).toContain('139****5678');
    expect(mails[0]!.textBody).not.toContain('13912345678');
  });
});

describe('anonymity', () => {
  it('an anonymous reply’s notification and mail carry no trace of its author', async () => {
    const recipient = await createMember(handle.db);
    await setNotificationPreference(handle.db, recipient.id, 'reply_to_thread', { emailImmediately: true });
    const secret = await createMember(handle.db);
    const story = await createTestStory(handle.db, recipient, {}, clock);
    const reply = await createTestReply(handle.db, secret, { threadId: story.id, anonymous: true, body: '我就是那个催收员说的人' }, clock);
    const [row] = await rowsOf(recipient.id, story.id);
    const { id, createdAt, updatedAt, actorLabel, ...rest } = row!;
    expect(id).toBeGreaterThan(0);
    expect(createdAt).toEqual(updatedAt);
    expect(actorLabel).toMatch(/^匿名用户 · [A-Z2-9]{4}$/);
    // Every other column is accounted for: the recipient, the thread, the reply, the masked text.
    expect(rest).toEqual({
      userId: recipient.id,
      type: 'reply_to_thread',
      threadId: story.id,
      replyId: reply.id,
      excerpt: '我就是那个催收员说的人',
      count: 1,
      collapseKey: `thread:${story.id}`,
      readAt: null,
    });
    const [mail] = await mailsOf(recipient.id);
    const everything = JSON.stringify([row, mail, await listNotifications(handle.db, recipient)]);
    for (const trace of [secret.handle, secret.displayName, `${secret.handle}@example.test`]) expect(everything).not.toContain(trace);
    expect(mail!.userId).toBe(recipient.id);
    expect(mail!.dedupeKey).not.toContain(`:${secret.id}:`);
  });
});

describe('replies held for review', () => {
  it('notify nobody: not the author, not followers, not the mentioned', async () => {
    const story = await createTestStory(handle.db, author, {}, clock);
    await followThread(handle.db, other, { threadId: story.id });
    const before = await handle.db.select().from(notifications);
    const reply = await createTestReply(handle.db, replier, { threadId: story.id, body: `@${other.handle} 征信修复找我，微信 fix_credit88` }, clock);
    expect(reply.status).toBe('pending');
    expect(await handle.db.select().from(notifications)).toEqual(before);
  });
});
