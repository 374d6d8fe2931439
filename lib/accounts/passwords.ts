import { hash, verify } from '@node-rs/argon2';
import { and, eq, isNull } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import { AppError } from '../errors';

// argon2id with the library's defaults (19 MiB, t=2, p=1: OWASP's baseline).
// ≈ 47 ms to hash here, a deliberate cost per guess.

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */ });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verified against when the account is unknown, so timing does not tell which accounts exist. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('ashore-timing-equalizer');
  return dummyHash;
}

/**
 * Re-authentication before a sensitive change (password, e-mail, deletion):
 * the signed-in member's current password, or `invalid_input` on
 * `currentPassword`.
 */
export async function assertCurrentPassword(db: Database, userId: number, password: unknown): Promise<void> {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  const ok = typeof password === 'string' && password.length > 0 && row ? await verifyPassword(row.passwordHash, password) : false;
  if (!ok) throw new AppError('invalid_input', { currentPassword: ['wrong_password'] });
}
