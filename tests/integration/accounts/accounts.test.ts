import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { findSessionMember, getPublicProfile, verifyCredentials } from '@/lib/accounts/queries';
import { registerUser } from '@/lib/accounts/register-user';
import { AppError } from '@/lib/errors';
import { TEST_PASSWORD, createMember } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('accounts', () => {
  it('stores an argon2id hash, never the password, and signs in by handle case-insensitively', async () => {
    const member = await registerUser(handle.db, {
      handle: 'LinXiao',
      displayName: '小林',
      password: 'a long passphrase',
    });
    const [row] = await handle.db.select().from(users).where(eq(users.id, member.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.email).toBeNull();
    expect(row!.handle).toBe('linxiao');
    const result = await verifyCredentials(handle.db, { login: 'LINXIAO', password: 'a long passphrase' });
    expect(result?.member.id).toBe(member.id);
    expect(JSON.stringify(result)).not.toContain('argon2');
    expect(await verifyCredentials(handle.db, { login: 'linxiao', password: 'wrong password' })).toBeNull();
    expect(await verifyCredentials(handle.db, { login: 'nobody', password: 'a long passphrase' })).toBeNull();
  });

  it('refuses short passwords, bad handles and addresses and a taken handle, with every field named', async () => {
    const bad = await registerUser(handle.db, { email: 'not-an-email', handle: '1x', displayName: '', password: 'short' }).catch(
      (e: AppError) => e,
    );
    expect((bad as AppError).code).toBe('invalid_input');
    expect(Object.keys((bad as AppError).fieldErrors ?? {}).sort()).toEqual(['displayName', 'email', 'handle', 'password']);

    await createMember(handle.db, { handle: 'taken_name' });
    const clash = await registerUser(handle.db, {
      email: 'someone-else@example.test',
      handle: 'Taken_Name',
      displayName: '重复',
      password: TEST_PASSWORD,
    }).catch((e: AppError) => e);
    expect((clash as AppError).code).toBe('conflict');
    expect((clash as AppError).fieldErrors).toEqual({ handle: ['handle_taken'] });
  });

  it('applies a ban, a role change and a session-version bump on the very next request', async () => {
    const member = await createMember(handle.db);
    const now = new Date();
    expect((await findSessionMember(handle.db, member.id, 1, now))?.role).toBe('member');

    await handle.db.update(users).set({ role: 'moderator' }).where(eq(users.id, member.id));
    expect((await findSessionMember(handle.db, member.id, 1, now))?.role).toBe('moderator');

    await handle.db.update(users).set({ status: 'banned', bannedUntil: new Date(now.getTime() + 60_000) }).where(eq(users.id, member.id));
    expect(await findSessionMember(handle.db, member.id, 1, now)).toBeNull();
    await expect(verifyCredentials(handle.db, { login: member.handle, password: TEST_PASSWORD })).rejects.toThrow(
      AppError,
    );
    // A temporary ban ends by itself.
    expect(await findSessionMember(handle.db, member.id, 1, new Date(now.getTime() + 120_000))).not.toBeNull();

    await handle.db
      .update(users)
      .set({ status: 'active', sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, member.id));
    expect(await findSessionMember(handle.db, member.id, 1, now)).toBeNull();
    expect(await findSessionMember(handle.db, member.id, 2, now)).not.toBeNull();
  });

  it('shows a public profile without e-mail or password hash, and 404s unknown handles', async () => {
    const member = await createMember(handle.db, { handle: 'public_one' });
    const profile = await getPublicProfile(handle.db, 'PUBLIC_ONE');
    expect(profile.handle).toBe(member.handle);
    const json = JSON.stringify(profile);
    expect(json).not.toContain('@example.test');
    expect(json).not.toContain('argon2');
    await expect(getPublicProfile(handle.db, 'no_such_user')).rejects.toMatchObject({ code: 'not_found' });
  });
});
