import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, users } from '@/db/schema';
import { changeEmail } from '@/lib/accounts/change-email';
import { changePassword } from '@/lib/accounts/change-password';
import { getAccountSettings } from '@/lib/accounts/get-account-settings';
import { findSessionMember, verifyCredentials } from '@/lib/accounts/queries';
import { setRoleByHandle } from '@/lib/accounts/set-role';
import { signOutEverywhere } from '@/lib/accounts/sign-out-everywhere';
import { updateProfile } from '@/lib/accounts/update-profile';
import { verifyEmail } from '@/lib/accounts/verify-email';
import type { AppError } from '@/lib/errors';
import { TEST_PASSWORD, createMember, mailedToken } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const userRow = async (id: number) => (await handle.db.select().from(users).where(eq(users.id, id)))[0]!;
const fieldErrorsOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: AppError) => e.fieldErrors);

describe('account settings', () => {
  it('changes the password only with the current one, and ends every other session', async () => {
    const member = await createMember(handle.db);
    const before = await userRow(member.id);
    expect(await fieldErrorsOf(changePassword(handle.db, member, { currentPassword: 'not my password', newPassword: 'a new long password' }))).toEqual({
      currentPassword: ['wrong_password'],
    });
    expect((await userRow(member.id)).passwordHash).toBe(before.passwordHash);

    const { sessionVersion } = await changePassword(handle.db, member, { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' });
    expect(sessionVersion).toBe(before.sessionVersion + 1);
    expect(await findSessionMember(handle.db, member.id, before.sessionVersion, new Date())).toBeNull();
    expect(await verifyCredentials(handle.db, { login: member.handle, password: TEST_PASSWORD })).toBeNull();
    expect((await verifyCredentials(handle.db, { login: member.handle, password: 'a new long password' }))?.member.id).toBe(member.id);
  });

  it('signs out of every session by bumping the session version', async () => {
    const member = await createMember(handle.db);
    const { sessionVersion } = await userRow(member.id);
    expect(await findSessionMember(handle.db, member.id, sessionVersion, new Date())).not.toBeNull();
    await signOutEverywhere(handle.db, member);
    expect(await findSessionMember(handle.db, member.id, sessionVersion, new Date())).toBeNull();
  });

  it('keeps the verified address until a new one is verified, and removes it on request', async () => {
    const member = await createMember(handle.db, { handle: 'mover' });
    await changeEmail(handle.db, member, { email: 'New.Home@example.test', currentPassword: TEST_PASSWORD });
    let settings = await getAccountSettings(handle.db, member, new Date());
    expect(settings).toMatchObject({ email: 'mover@example.test', emailVerified: true, pendingEmail: 'new.home@example.test' });
    const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'new.home@example.test'));
    expect(mail?.kind).toBe('account');

    await verifyEmail(handle.db, { token: await mailedToken(handle.db, member.id) });
    settings = await getAccountSettings(handle.db, member, new Date());
    expect(settings).toMatchObject({ email: 'new.home@example.test', emailVerified: true, pendingEmail: null });
    expect(await verifyCredentials(handle.db, { login: 'mover@example.test', password: TEST_PASSWORD })).toBeNull();

    expect(await fieldErrorsOf(changeEmail(handle.db, member, { email: '', currentPassword: 'wrong' }))).toEqual({ currentPassword: ['wrong_password'] });
    await changeEmail(handle.db, member, { email: '', currentPassword: TEST_PASSWORD });
    expect(await getAccountSettings(handle.db, member, new Date())).toMatchObject({ email: null, emailVerified: false });
  });

  it('will not move another member’s verified address to an account, and tells its owner instead', async () => {
    const owner = await createMember(handle.db, { handle: 'holder' });
    const other = await createMember(handle.db);
    await changeEmail(handle.db, other, { email: 'holder@example.test', currentPassword: TEST_PASSWORD });
    expect((await getAccountSettings(handle.db, other, new Date())).pendingEmail).toBeNull();
    const ownerMail = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.userId, owner.id));
    expect(ownerMail.some((m) => m.dedupeKey.startsWith('account:alreadyRegistered:'))).toBe(true);
  });

  it('refuses a display name that imitates the anonymous label or staff, and masks contact details in it', async () => {
    const member = await createMember(handle.db);
    for (const displayName of ['匿名用户 · K7QM', '版主助理', 'official admin']) {
      expect(await fieldErrorsOf(updateProfile(handle.db, member, { displayName }))).toEqual({ displayName: ['reserved_name'] });
    }
    await updateProfile(handle.db, member, { displayName: '还在路上 13800138000', bio: '慢慢还' });
    const row = await userRow(member.id);
    expect(row.displayName).not.toContain('13800138000');
    expect(row.bio).toBe('慢慢还');
  });

  it('promotes and demotes by handle for the operator’s command line', async () => {
    const member = await createMember(handle.db, { handle: 'future_admin' });
    expect(await setRoleByHandle(handle.db, 'Future_Admin', 'admin')).toEqual({ handle: 'future_admin', before: 'member', after: 'admin' });
    expect((await findSessionMember(handle.db, member.id, 1, new Date()))?.role).toBe('admin');
    await setRoleByHandle(handle.db, 'future_admin', 'member');
    expect((await userRow(member.id)).role).toBe('member');
    await expect(setRoleByHandle(handle.db, 'no_such_person', 'admin')).rejects.toMatchObject({ code: 'not_found' });
  });
});
