import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { replies, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { AppError } from '../errors';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { signInSchema, type SignInInput } from './schemas';
import type { Untrusted } from '../validation';

/**
 * The only sign-in query that selects a password hash. `login` is a handle,
 * or an address that its owner verified (an unverified address could belong
 * to anyone). Returns the member on a match; an unknown login and a wrong
 * password are indistinguishable to the caller, in answer and in timing.
 */
export async function verifyCredentials(
  db: Database,
  input: Untrusted<SignInInput>,
): Promise<{ member: Member; sessionVersion: number } | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      handle: users.handle,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      status: users.status,
      bannedUntil: users.bannedUntil,
    })
    .from(users)
    .where(
      and(
        isNull(users.deletedAt),
        parsed.data.login.includes('@')
          ? and(sql`lower(${users.email}) = ${parsed.data.login}`, isNotNull(users.emailVerifiedAt))
          : sql`lower(${users.handle}) = ${parsed.data.login}`,
      ),
    );
  const ok = await verifyPassword(row?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!row || !ok) return null;
  if (isBanned(row, new Date())) throw new AppError('banned');
  const { passwordHash: _hash, sessionVersion, status: _s, bannedUntil: _b, ...member } = row;
  return { member, sessionVersion };
}

export function isBanned(user: { status: string; bannedUntil: Date | null }, now: Date): boolean {
  if (user.status !== 'banned') return false;
  return user.bannedUntil === null || user.bannedUntil > now;
}

/**
 * The signed-in member for a session token, re-read on every request so bans,
 * role changes and "sign out everywhere" take effect at once.
 */
export async function findSessionMember(
  db: Database,
  userId: number,
  sessionVersion: number,
  now: Date,
): Promise<Member | null> {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      handle: users.handle,
      displayName: users.displayName,
      status: users.status,
      bannedUntil: users.bannedUntil,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!row || row.sessionVersion !== sessionVersion || isBanned(row, now)) return null;
  return { id: row.id, role: row.role, handle: row.handle, displayName: row.displayName };
}

export interface PublicProfile {
  handle: string;
  displayName: string;
  bio: string;
  role: Member['role'];
  joinedAt: Date;
  stories: { id: number; title: string; createdAt: Date; replyCount: number }[];
  replies: { id: number; threadId: number; threadTitle: string; excerpt: string; createdAt: Date }[];
}

/** A member's public page: only posts they made under their own name. */
export async function getPublicProfile(db: Database, handle: string): Promise<PublicProfile> {
  const [user] = await db
    .select({
      id: users.id,
      handle: users.handle,
      displayName: users.displayName,
      bio: users.bio,
      role: users.role,
      joinedAt: users.createdAt,
    })
    .from(users)
    .where(and(sql`lower(${users.handle}) = ${handle.toLowerCase()}`, isNull(users.deletedAt)));
  if (!user) throw new AppError('not_found');
  const [stories, replyRows] = await Promise.all([
    db
      .select({ id: threads.id, title: threads.title, createdAt: threads.createdAt, replyCount: threads.replyCount })
      .from(threads)
      .where(and(eq(threads.authorId, user.id), isNull(threads.anonymousLabel), eq(threads.status, 'published')))
      .orderBy(desc(threads.createdAt), desc(threads.id))
      .limit(50),
    db
      .select({
        id: replies.id,
        threadId: replies.threadId,
        threadTitle: threads.title,
        body: replies.body,
        createdAt: replies.createdAt,
      })
      .from(replies)
      .innerJoin(threads, eq(threads.id, replies.threadId))
      .where(
        and(
          eq(replies.authorId, user.id),
          isNull(replies.anonymousLabel),
          eq(replies.status, 'published'),
          eq(threads.status, 'published'),
        ),
      )
      .orderBy(desc(replies.createdAt), desc(replies.id))
      .limit(50),
  ]);
  const { id: _id, ...profile } = user;
  return {
    ...profile,
    stories,
    replies: replyRows.map(({ body, ...r }) => ({ ...r, excerpt: body.slice(0, 140) })),
  };
}
