import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokens, emailOutbox, recoveryCodes, users } from '@/db/schema';
import { isImpersonatingName } from '@/lib/accounts/display-name';
import { findSessionMember, verifyCredentials } from '@/lib/accounts/queries';
import { countRecoveryCodes, issueRecoveryCodes } from '@/lib/accounts/recovery-codes';
import { registerUser } from '@/lib/accounts/register-user';
import { requestPasswordReset, resetPasswordWithCode, resetPasswordWithToken } from '@/lib/accounts/reset-password';
import { verifyEmail } from '@/lib/accounts/verify-email';
import { sendPendingMail } from '@/lib/mail/send-pending-mail';
import { enqueueDailyDigests } from '@/lib/mail/enqueue-daily-digests';
import { AppError } from '@/lib/errors';
import { TEST_PASSWORD, createMember, createTestReply, createTestStory, mailedToken } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const mailOf = (userId: number) =>
  handle.db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId)).orderBy(emailOutbox.id);
const userRow = async (id: number) => (await handle.db.select().from(users).where(eq(users.id, id)))[0]!;
const fieldErrorsOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: AppError) => e.fieldErrors);

/** A transport that records what it was asked to send. */
function recordingTransport() {
  const sent: { to: string; subject: string; text: string }[] = [];
  return {
    sent,
    sendMail: async (mail: { to: string; subject: string; text: string }) => {
      sent.push({ to: mail.to, subject: mail.subject, text: mail.text });
      return { rejected: [] };
    },
  };
}
const sendAll = (transport: ReturnType<typeof recordingTransport>) =>
  sendPendingMail(handle.db, transport as never, {
    now: new Date('2100-01-01T00:00:00Z'),
    limit: 1000,
    from: 'Ashore <no-reply@ashore.test>',
    appUrl: 'https://ashore.example',
    secret: 'test-secret-that-is-at-least-32-characters-long',
  });

describe('sign-up with an optional e-mail', () => {
  it('creates an account with no address at all, which signs in by handle', async () => {
    const member = await registerUser(handle.db, { email: '', handle: 'no_mail', displayName: '不留邮箱的人', password: TEST_PASSWORD });
    expect((await userRow(member.id)).email).toBeNull();
    expect(await mailOf(member.id)).toHaveLength(0);
    expect((await verifyCredentials(handle.db, { login: 'no_mail', password: TEST_PASSWORD }))?.member.id).toBe(member.id);
  });

  it('keeps a given address off the account until its link is opened, and sends it nothing else meanwhile', async () => {
    const member = await registerUser(handle.db, { email: 'Wei@Example.test', handle: 'wei_pending', displayName: '小魏', password: TEST_PASSWORD });
    expect((await userRow(member.id)).email).toBeNull();
    // An unverified address cannot sign in.
    expect(await verifyCredentials(handle.db, { login: 'wei@example.test', password: TEST_PASSWORD })).toBeNull();

    // Someone replies to their story: no notification mail may leave for the unverified address.
    const story = await createTestStory(handle.db, member);
    const replier = await createMember(handle.db);
    await createTestReply(handle.db, replier, { threadId: story.id });
    await enqueueDailyDigests(handle.db, { now: new Date('2099-01-01T00:00:00Z') });
    const transport = recordingTransport();
    await sendAll(transport);
    const toWei = transport.sent.filter((m) => m.to === 'wei@example.test');
    expect(toWei).toHaveLength(1);
    expect(toWei[0]!.text).toMatch(/https:\/\/ashore\.example\/verify-email\?token=[A-Za-z0-9_-]{43}/);
    // The sent link does not stay readable in the outbox.
    const [verification] = (await mailOf(member.id)).filter((m) => m.kind === 'account');
    expect(verification!.textBody).toBe('');
    // The link's token is stored only as a hash.
    const token = /token=([A-Za-z0-9_-]{43})/.exec(toWei[0]!.text)![1]!;
    const stored = await handle.db.select().from(accountTokens).where(eq(accountTokens.userId, member.id));
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await verifyEmail(handle.db, { token })).toEqual({ email: 'wei@example.test' });
    const row = await userRow(member.id);
    expect(row.email).toBe('wei@example.test');
    expect(row.emailVerifiedAt).not.toBeNull();
    expect((await verifyCredentials(handle.db, { login: 'WEI@example.test', password: TEST_PASSWORD }))?.member.id).toBe(member.id);
    // A link works once.
    expect(await fieldErrorsOf(verifyEmail(handle.db, { token }))).toEqual({ token: ['link_invalid'] });
  });

  it('answers the same for a registered address, tells its owner by mail and links nothing to the newcomer', async () => {
    const owner = await createMember(handle.db, { handle: 'owner_one' });
    const before = await mailOf(owner.id);
    const newcomer = await registerUser(handle.db, {
      email: 'OWNER_ONE@example.test',
      handle: 'newcomer',
      displayName: '新来的',
      password: TEST_PASSWORD,
    });
    expect(newcomer.handle).toBe('newcomer');
    expect((await userRow(newcomer.id)).email).toBeNull();
    expect(await mailOf(newcomer.id)).toHaveLength(0);
    const ownerMail = (await mailOf(owner.id)).slice(before.length);
    expect(ownerMail).toHaveLength(1);
    expect(ownerMail[0]!.kind).toBe('account');
    expect(ownerMail[0]!.toAddress).toBeNull();
    expect(ownerMail[0]!.textBody).toContain('owner_one');
    expect(ownerMail[0]!.textBody).not.toContain('newcomer');
  });

  it('refuses display names that imitate the anonymous label, a deleted account or staff', async () => {
    for (const name of ['匿名用户 · K7QM', '匿名用户·AB12', '管理员小王', '版主', '上岸官方', 'Ａｄｍｉｎ', 'Mode rator', '已注销用户']) {
      expect(isImpersonatingName(name), name).toBe(true);
      expect(await fieldErrorsOf(registerUser(handle.db, { handle: 'imposter', displayName: name, password: TEST_PASSWORD }))).toEqual({
        displayName: ['reserved_name'],
      });
    }
    for (const name of ['夜里还醒着的人', '还款中的老周', 'Lin']) expect(isImpersonatingName(name), name).toBe(false);
  });
});

describe('recovery', () => {
  it('issues ten single-use codes stored as argon2id hashes, and a new set voids the old one', async () => {
    const member = await createMember(handle.db);
    const codes = await issueRecoveryCodes(handle.db, member);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    const rows = await handle.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, member.id));
    expect(rows.every((r) => r.codeHash.startsWith('$argon2id$'))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(codes[0]!.replace(/-/g, ''));

    const newer = await issueRecoveryCodes(handle.db, member);
    expect(await countRecoveryCodes(handle.db, member)).toBe(10);
    expect(await fieldErrorsOf(resetPasswordWithCode(handle.db, { handle: member.handle, code: codes[0], password: 'a brand new password' }))).toEqual({
      code: ['invalid_code'],
    });
    // Lower case and spaces are forgiven; the code then works once and ends every session.
    const sessionVersion = (await userRow(member.id)).sessionVersion;
    await resetPasswordWithCode(handle.db, { handle: member.handle, code: newer[3]!.toLowerCase().replace(/-/g, ' '), password: 'a brand new password' });
    expect(await findSessionMember(handle.db, member.id, sessionVersion, new Date())).toBeNull();
    expect(await verifyCredentials(handle.db, { login: member.handle, password: TEST_PASSWORD })).toBeNull();
    expect((await verifyCredentials(handle.db, { login: member.handle, password: 'a brand new password' }))?.member.id).toBe(member.id);
    expect(await countRecoveryCodes(handle.db, member)).toBe(9);
    expect(await fieldErrorsOf(resetPasswordWithCode(handle.db, { handle: member.handle, code: newer[3], password: 'yet another password' }))).toEqual({
      code: ['invalid_code'],
    });
    // An unknown handle gets the same answer as a wrong code.
    expect(await fieldErrorsOf(resetPasswordWithCode(handle.db, { handle: 'nobody_here', code: newer[4], password: 'yet another password' }))).toEqual({
      code: ['invalid_code'],
    });
  });

  it('mails a reset link only to a verified address, answers the same for any other, and the link works once within the hour', async () => {
    const member = await createMember(handle.db, { handle: 'forgetful' });
    const unverified = await registerUser(handle.db, { email: 'half@example.test', handle: 'half_way', displayName: '半路', password: TEST_PASSWORD });
    const mailsBefore = (await handle.db.select().from(emailOutbox)).length;
    await expect(requestPasswordReset(handle.db, { email: 'nobody@example.test' })).resolves.toBeUndefined();
    await expect(requestPasswordReset(handle.db, { email: 'half@example.test' })).resolves.toBeUndefined();
    expect((await handle.db.select().from(emailOutbox)).length).toBe(mailsBefore);
    expect(unverified.id).toBeGreaterThan(0);

    const now = new Date('2026-07-01T10:00:00Z');
    await requestPasswordReset(handle.db, { email: 'FORGETFUL@example.test' }, () => now);
    const token = await mailedToken(handle.db, member.id);
    // Expired after an hour.
    expect(
      await fieldErrorsOf(resetPasswordWithToken(handle.db, { token, password: 'a fresh password' }, () => new Date(now.getTime() + 61 * 60_000))),
    ).toEqual({ token: ['link_invalid'] });
    await requestPasswordReset(handle.db, { email: 'forgetful@example.test' }, () => now);
    const second = await mailedToken(handle.db, member.id);
    await resetPasswordWithToken(handle.db, { token: second, password: 'a fresh password' }, () => new Date(now.getTime() + 60_000));
    expect((await verifyCredentials(handle.db, { login: 'forgetful@example.test', password: 'a fresh password' }))?.member.id).toBe(member.id);
    expect(await fieldErrorsOf(resetPasswordWithToken(handle.db, { token: second, password: 'another password' }))).toEqual({
      token: ['link_invalid'],
    });
    const [row] = await handle.db.select().from(accountTokens).where(and(eq(accountTokens.userId, member.id), eq(accountTokens.purpose, 'reset_password')));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
