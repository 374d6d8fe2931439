import { and, count, eq } from 'drizzle-orm';
import { replies, threads, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import type { ForumSettings } from '../settings';

// New accounts are where spam comes from: until an account is a few days old
// and has a couple of published posts, it cannot post links and gets lower
// posting limits. Staff and experts are never sandboxed.

const LINK = /https?:\/\/|www\.|\]\([^)]*\)|\b[a-z0-9-]+\.(com|cn|net|org|top|xyz|cc|io|me|vip|info|link|site|shop)\b/i;

export function containsLink(text: string): boolean {
  return LINK.test(text.normalize('NFKC'));
}

export async function isSandboxed(db: Database, viewer: Member, now: Date, settings: ForumSettings): Promise<boolean> {
  if (viewer.role !== 'member') return false;
  const [user] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, viewer.id));
  if (!user) return true;
  if (now.getTime() - user.createdAt.getTime() < settings.newUserMinAgeHours * 3_600_000) return true;
  const [[storyCount], [replyCount]] = await Promise.all([
    db.select({ n: count() }).from(threads).where(and(eq(threads.authorId, viewer.id), eq(threads.status, 'published'))),
    db.select({ n: count() }).from(replies).where(and(eq(replies.authorId, viewer.id), eq(replies.status, 'published'))),
  ]);
  return (storyCount?.n ?? 0) + (replyCount?.n ?? 0) < settings.newUserMinPublishedPosts;
}
