import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, notificationPreferences, users } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { digestDay, enqueueDailyDigests } from '@/lib/mail/enqueue-daily-digests';
import { sendPendingMail, type SendPendingMailOptions } from '@/lib/mail/send-pending-mail';
import { unsubscribeWithToken } from '@/lib/mail/unsubscribe';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '@/lib/mail/unsubscribe-token';
import { markAllRead } from '@/lib/notifications/mark-read';
import { setNotificationPreference } from '@/lib/notifications/preferences';
import { createMember, createTestReply, createTestStory, steppingClock } from '../../support/factories';
import { SmtpTestServer, type ReceivedMail } from '../../support/smtp-test-server';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const SECRET = 'test-secret-that-is-at-least-32-characters-long';
const APP_URL = 'https://ashore.example';

let handle: TestDatabase;
let smtp: SmtpTestServer;
let replier: Member;
const clock = steppingClock(new Date('2026-06-01T01:00:00Z'));

beforeAll(async () => {
  handle = await createTestDatabase();
  smtp = new SmtpTestServer();
  await smtp.start();
  replier = await createMember(handle.db);
});
afterAll(async () => {
  await smtp.stop();
  await handle.close();
});

/** A fresh connection per run, like the mailer after a restart. */
function transport() {
  return nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, connectionTimeout: 2_000, greetingTimeout: 2_000 });
}

const options = (now: Date, extra: Partial<SendPendingMailOptions> = {}): SendPendingMailOptions => ({
  now,
  from: '上岸 Ashore <no-reply@ashore.example>',
  appUrl: APP_URL,
  secret: SECRET,
  ...extra,
});

/** Sends whatever earlier tests left queued, so a test counts only its own mail. */
const drain = () => sendPendingMail(handle.db, transport(), options(new Date('2100-01-01T00:00:00Z'), { limit: 1000 }));

const mailsTo = (member: Member) => smtp.received.filter((m) => m.to.includes(`${member.handle}@example.test`));
const outboxOf = (member: Member) => handle.db.select().from(emailOutbox).where(eq(emailOutbox.userId, member.id)).orderBy(emailOutbox.id);
const userRow = async (member: Member) => (await handle.db.select().from(users).where(eq(users.id, member.id)))[0]!;

function unsubscribeTokenIn(mail: ReceivedMail): string {
  const header = mail.headers.get('list-unsubscribe') ?? '';
  const match = /<https:\/\/ashore\.example\/api\/unsubscribe\?token=([^>]+)>/.exec(header);
  expect(match).not.toBeNull();
  // The same link is in the text for people whose client shows no button.
  expect(mail.text).toContain(`${APP_URL}/api/unsubscribe?token=${match![1]}`);
  return match![1]!;
}

describe('immediate mail', () => {
  it('sends a queued mail once the SMTP server accepts it, with masked text and a one-click unsubscribe', async () => {
    const author = await createMember(handle.db);
    await setNotificationPreference(handle.db, author.id, 'reply_to_thread', { emailImmediately: true });
    const story = await createTestStory(handle.db, author, {}, clock);
    const reply = await createTestReply(handle.db, replier, { threadId: story.id, body: '我的电话 13800138000，可以聊聊' }, clock);

    const now = clock();
    expect(await sendPendingMail(handle.db, transport(), options(now))).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = mailsTo(author);
    expect(mail!.subject).toBe(`${replier.displayName} 回复了你的帖子《信用卡逾期三个月，接到第一通催收电话》`);
    expect(mail!.text).toContain('我的电话 138****8000，可以聊聊');
    expect(mail!.raw).not.toContain('13800138000');
    expect(mail!.text).toContain(`${APP_URL}/t/${story.id}?reply=${reply.id}#r-${reply.id}`);
    expect(mail!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(verifyUnsubscribeToken(SECRET, unsubscribeTokenIn(mail!))).toEqual({ userId: author.id, purpose: 'immediate-reply_to_thread' });
    expect(await outboxOf(author)).toMatchObject([{ status: 'sent', attempts: 1, sentAt: now, lastError: null }]);

    // Nothing is sent twice.
    expect(await sendPendingMail(handle.db, transport(), options(clock()))).toMatchObject({ sent: 0 });
    expect(mailsTo(author)).toHaveLength(1);
  });
});

describe('daily digest', () => {
  it('lists the unread notifications, masked and without anonymous authors, once a day', async () => {
    const reader = await createMember(handle.db);
    const anonymousWriter = await createMember(handle.db);
    const story = await createTestStory(handle.db, reader, { title: '第一次收到律师函' }, clock);
    const other = await createTestStory(handle.db, reader, { title: '分期协商成功' }, clock);
    await createTestReply(handle.db, replier, { threadId: story.id, body: '先别慌' }, clock);
    await createTestReply(handle.db, replier, { threadId: story.id, body: '律所可以查' }, clock);
    await createTestReply(handle.db, anonymousWriter, { threadId: story.id, anonymous: true, body: '我当时打了 13912345678 问的' }, clock);
    await createTestReply(handle.db, replier, { threadId: other.id, body: '恭喜上岸' }, clock);

    const now = clock();
    expect((await enqueueDailyDigests(handle.db, { now })).queued).toBeGreaterThanOrEqual(1);
    const [queued] = await outboxOf(reader);
    expect(queued).toMatchObject({ kind: 'digest', status: 'pending', dedupeKey: `digest:${reader.id}:${digestDay(now)}` });
    expect((await userRow(reader)).digestSentAt).toEqual(now);
    // Again the same day: nothing more.
    await enqueueDailyDigests(handle.db, { now: clock() });
    expect(await outboxOf(reader)).toHaveLength(1);

    await sendPendingMail(handle.db, transport(), options(clock()));
    const [mail] = mailsTo(reader);
    expect(mail!.subject).toBe('上岸：你有 2 条未读通知');
    expect(mail!.text).toContain('《第一次收到律师函》（共 3 条新回复）');
    expect(mail!.text).toContain('我当时打了 139****5678 问的');
    expect(mail!.text).toMatch(/匿名用户 · [A-Z2-9]{4} 回复了你的帖子《第一次收到律师函》/);
    expect(mail!.text).toContain(`${replier.displayName} 回复了你的帖子《分期协商成功》`);
    expect(mail!.text).toContain(`${APP_URL}/t/${story.id}?reply=`);
    for (const trace of ['13912345678', anonymousWriter.handle, anonymousWriter.displayName]) expect(mail!.raw).not.toContain(trace);
    expect(verifyUnsubscribeToken(SECRET, unsubscribeTokenIn(mail!))).toEqual({ userId: reader.id, purpose: 'digest' });
  });

  it('skips members who read everything, turned the digest off, or had nothing new since their last digest', async () => {
    const reads = await createMember(handle.db);
    const optedOut = await createMember(handle.db);
    for (const member of [reads, optedOut]) {
      const story = await createTestStory(handle.db, member, {}, clock);
      await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    }
    await markAllRead(handle.db, reads);
    await handle.db.update(users).set({ emailDigest: false }).where(eq(users.id, optedOut.id));
    await enqueueDailyDigests(handle.db, { now: clock() });
    expect(await outboxOf(reads)).toEqual([]);
    expect(await outboxOf(optedOut)).toEqual([]);

    // Tomorrow, with nothing new since yesterday's digest, there is none either.
    const yesterdays = await createMember(handle.db);
    const story = await createTestStory(handle.db, yesterdays, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    await enqueueDailyDigests(handle.db, { now: clock() });
    await enqueueDailyDigests(handle.db, { now: new Date(clock().getTime() + 86_400_000) });
    expect(await outboxOf(yesterdays)).toHaveLength(1);
  });
});

describe('unsubscribe links', () => {
  it('turns the digest off with the token from the mail, and refuses a tampered token without changing anything', async () => {
    const member = await createMember(handle.db);
    const story = await createTestStory(handle.db, member, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    await enqueueDailyDigests(handle.db, { now: clock() });
    await sendPendingMail(handle.db, transport(), options(clock()));
    const token = unsubscribeTokenIn(mailsTo(member)[0]!);

    const other = await createMember(handle.db);
    const [id, purpose, signature] = token.split('.');
    const flipped = signature!.startsWith('A') ? `B${signature!.slice(1)}` : `A${signature!.slice(1)}`;
    const forgeries = [
      `${id}.${purpose}.${flipped}`,
      `${other.id}.${purpose}.${signature}`,
      `${id}.immediate-mention.${signature}`,
      signUnsubscribeToken('another-secret-that-is-32-characters-long', member.id, 'digest'),
      `${id}.${purpose}`,
      '',
    ];
    for (const forged of forgeries) {
      const error = await unsubscribeWithToken(handle.db, SECRET, forged).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('not_found');
    }
    expect((await userRow(member)).emailDigest).toBe(true);
    expect((await userRow(other)).emailDigest).toBe(true);
    expect(await handle.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, member.id))).toEqual([]);

    expect(await unsubscribeWithToken(handle.db, SECRET, token)).toEqual({ purpose: 'digest' });
    expect((await userRow(member)).emailDigest).toBe(false);
    // The link may be followed twice (a GET page, then the one-click POST).
    await unsubscribeWithToken(handle.db, SECRET, token);
    expect((await userRow(member)).emailDigest).toBe(false);
  });

  it('turns immediate mail of one type off, leaving the rest alone', async () => {
    const member = await createMember(handle.db);
    await setNotificationPreference(handle.db, member.id, 'reply_to_thread', { emailImmediately: true });
    await setNotificationPreference(handle.db, member.id, 'mention', { emailImmediately: true });
    const story = await createTestStory(handle.db, member, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    await sendPendingMail(handle.db, transport(), options(clock()));
    await unsubscribeWithToken(handle.db, SECRET, unsubscribeTokenIn(mailsTo(member)[0]!));
    const prefs = await handle.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, member.id));
    expect(prefs.map((p) => [p.type, p.inApp, p.emailImmediately]).sort()).toEqual([
      ['mention', true, true],
      ['reply_to_thread', true, false],
    ]);
    expect((await userRow(member)).emailDigest).toBe(true);
  });

  it('drops a queued digest whose recipient unsubscribed before it went out', async () => {
    const member = await createMember(handle.db);
    const story = await createTestStory(handle.db, member, {}, clock);
    await createTestReply(handle.db, replier, { threadId: story.id }, clock);
    await enqueueDailyDigests(handle.db, { now: clock() });
    await unsubscribeWithToken(handle.db, SECRET, signUnsubscribeToken(SECRET, member.id, 'digest'));
    await sendPendingMail(handle.db, transport(), options(clock()));
    expect(mailsTo(member)).toEqual([]);
    expect(await outboxOf(member)).toMatchObject([{ status: 'failed', lastError: 'cancelled: recipient unsubscribed' }]);
  });
});

describe('delivery', () => {
  it('keeps a mail pending while the SMTP server is down and sends it exactly once after it is back', async () => {
    const member = await createMember(handle.db);
    await setNotificationPreference(handle.db, member.id, 'reply_to_thread', { emailImmediately: true });
    const story = await createTestStory(handle.db, member, {}, clock);
    await drain();
    await createTestReply(handle.db, replier, { threadId: story.id, body: '服务器停了也不会丢' }, clock);

    await smtp.stop();
    const down = clock();
    expect(await sendPendingMail(handle.db, transport(), options(down))).toMatchObject({ sent: 0, retrying: 1 });
    const [afterFailure] = await outboxOf(member);
    expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(afterFailure!.lastError).toBeTruthy();
    expect(afterFailure!.nextAttemptAt.getTime()).toBe(down.getTime() + 60_000);

    await smtp.start();
    // Not due yet: the backoff holds it back.
    expect(await sendPendingMail(handle.db, transport(), options(new Date(down.getTime() + 30_000)))).toMatchObject({ sent: 0 });
    const up = new Date(down.getTime() + 61_000);
    expect(await sendPendingMail(handle.db, transport(), options(up))).toMatchObject({ sent: 1 });
    expect(await sendPendingMail(handle.db, transport(), options(new Date(up.getTime() + 3_600_000)))).toMatchObject({ sent: 0 });
    expect(mailsTo(member)).toHaveLength(1);
    expect(mailsTo(member)[0]!.text).toContain('服务器停了也不会丢');
    expect(await outboxOf(member)).toMatchObject([{ status: 'sent', attempts: 2, sentAt: up }]);
  });

  it('gives up after the last attempt', async () => {
    const member = await createMember(handle.db);
    await drain();
    let now = clock();
    await handle.db.insert(emailOutbox).values({ userId: member.id, kind: 'immediate', dedupeKey: `give-up:${member.id}`, subject: 's', textBody: 't', nextAttemptAt: now });
    await smtp.stop();
    for (let i = 0; i < 3; i++) {
      await sendPendingMail(handle.db, transport(), options(now, { maxAttempts: 3 }));
      now = new Date(now.getTime() + 3_600_000);
    }
    await smtp.start();
    expect(await outboxOf(member)).toMatchObject([{ status: 'failed', attempts: 3 }]);
    expect(await sendPendingMail(handle.db, transport(), options(now))).toMatchObject({ sent: 0 });
  });

  it('two concurrent senders never send one row twice', async () => {
    const slow = new SmtpTestServer(15);
    await slow.start();
    const member = await createMember(handle.db);
    await drain();
    const now = clock();
    await handle.db.insert(emailOutbox).values(
      Array.from({ length: 12 }, (_, i) => ({
        userId: member.id,
        kind: 'immediate' as const,
        dedupeKey: `concurrent:${member.id}:${i}`,
        subject: `第 ${i} 封`,
        textBody: `正文 ${i}`,
        nextAttemptAt: now,
      })),
    );
    const slowTransport = () => nodemailer.createTransport({ host: '127.0.0.1', port: slow.port, secure: false, ignoreTLS: true });
    const reports = await Promise.all([
      sendPendingMail(handle.db, slowTransport(), options(now, { limit: 12 })),
      sendPendingMail(handle.db, slowTransport(), options(now, { limit: 12 })),
      sendPendingMail(handle.db, slowTransport(), options(now, { limit: 5 })),
    ]);
    await slow.stop();
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    const subjects = slow.received.map((m) => m.subject).sort();
    expect(subjects).toHaveLength(12);
    expect(new Set(subjects).size).toBe(12);
    const rows = await outboxOf(member);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
