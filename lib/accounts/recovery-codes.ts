import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { recoveryCodes } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { hash } from '@node-rs/argon2';

export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 16 base32 characters (80 random bits), shown as XXXX-XXXX-XXXX-XXXX. */
function newCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

export function formatRecoveryCode(code: string): string {
  return code.match(/.{4}/g)!.join('-');
}

/**
 * argon2id with a light cost: a code carries 80 random bits, so no cost
 * factor is needed against guessing (unlike a chosen password); argon2 keeps
 * the stored form one-way and is checked by the same verify as passwords.
 * Ten of them at the password's cost would add half a second to sign-up.
 */
function hashCode(code: string): Promise<string> {
  return hash(code, { algorithm: 2 /* Argon2id */, memoryCost: 4096, timeCost: 1, parallelism: 1 });
}

/**
 * A fresh set of codes for a member; the previous set stops working in the
 * same write. Returns the codes in clear, the only time they exist outside
 * the member's hands: only argon2id hashes are stored.
 */
export async function issueRecoveryCodes(db: Database, viewer: Pick<Member, 'id'>, clock: Clock = systemClock): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  const hashes = await Promise.all(codes.map((code) => hashCode(code)));
  const now = clock();
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, viewer.id));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId: viewer.id, codeHash, createdAt: now })));
  });
  return codes.map(formatRecoveryCode);
}

/** How many unused codes the member has left. */
export async function countRecoveryCodes(db: Database, viewer: Pick<Member, 'id'>): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, viewer.id), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
