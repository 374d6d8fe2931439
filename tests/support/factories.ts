import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { emailOutbox, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { registerUser } from '@/lib/accounts/register-user';
import { verifyEmail } from '@/lib/accounts/verify-email';
import type { Member, Role } from '@/lib/auth/viewer';
import type { Clock } from '@/lib/clock';
import { createReply } from '@/lib/replies/create-reply';
import type { CreateReplyInput } from '@/lib/replies/schemas';
import { createStory } from '@/lib/threads/create-story';
import type { CreateStoryInput } from '@/lib/threads/schemas';
import { loadTaxonomy, type Taxonomy } from '@/lib/taxonomy/queries';
import { drainNotificationEvents } from './notifications';

// Fixtures are built through the services, so they obey the same rules.

export const TEST_PASSWORD = 'correct horse battery';

export async function createMember(db: Database, options: { role?: Role; handle?: string } = {}): Promise<Member> {
  const handle = options.handle ?? `u${randomBytes(5).toString('hex')}`;
  const member = await registerUser(db, {
    email: `${handle}@example.test`,
    handle,
    displayName: `测试用户${handle.slice(-4)}`,
    password: TEST_PASSWORD,
  });
  // Members get mail in these tests: their address is verified through the
  // link it was sent, and that mail is then out of the way (as if delivered),
  // so outbox assertions see only what the test itself caused.
  await verifyEmail(db, { token: await mailedToken(db, member.id) });
  await db.delete(emailOutbox).where(and(eq(emailOutbox.userId, member.id), eq(emailOutbox.kind, 'account')));
  if (options.role && options.role !== 'member') {
    await db.update(users).set({ role: options.role }).where(eq(users.id, member.id));
    return { ...member, role: options.role };
  }
  return member;
}

/** The token in the latest account mail (verification or reset link) queued for a user. */
export async function mailedToken(db: Database, userId: number): Promise<string> {
  const [mail] = await db
    .select({ textBody: emailOutbox.textBody })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.userId, userId), eq(emailOutbox.kind, 'account')))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  const token = /token=([A-Za-z0-9_-]{43})/.exec(mail?.textBody ?? '')?.[1];
  if (!token) throw new Error(`no account mail with a link for user ${userId}`);
  return token;
}

let taxonomyCache: Taxonomy | undefined;
export async function taxonomyOf(db: Database): Promise<Taxonomy> {
  taxonomyCache ??= await loadTaxonomy(db);
  return taxonomyCache;
}

export function slugId(items: { slug: string; id: number }[], slug: string): number {
  const item = items.find((i) => i.slug === slug);
  if (!item) throw new Error(`no taxonomy row ${slug}`);
  return item.id;
}

export async function storyInput(
  db: Database,
  overrides: Partial<CreateStoryInput> & { stages?: string[]; outcome?: string; lender?: string } = {},
): Promise<CreateStoryInput> {
  const t = await taxonomyOf(db);
  const { stages, outcome, lender, ...rest } = overrides;
  return {
    title: '信用卡逾期三个月，接到第一通催收电话',
    body: '那天下午接到电话，对方语气很冲。我先记下了时间和工号，再说明自己的情况。',
    stageIds: (stages ?? ['sms', 'calls']).map((s) => slugId(t.stages, s)),
    outcomeId: slugId(t.outcomes, outcome ?? 'ongoing'),
    lenderId: slugId(t.lenders, lender ?? 'cmb'),
    amountBandId: slugId(t.amountBands, '10k-50k'),
    monthsOverdue: 3,
    timeline: [],
    ...rest,
  };
}

export async function createTestStory(
  db: Database,
  author: Member,
  overrides: Parameters<typeof storyInput>[1] = {},
  clock?: Clock,
) {
  const story = await createStory(db, author, await storyInput(db, overrides), clock);
  // As on the site, the outbox worker tells stage followers right after.
  await drainNotificationEvents(db);
  return story;
}

export async function createTestReply(
  db: Database,
  author: Member,
  input: Partial<CreateReplyInput> & { threadId: number },
  clock?: Clock,
) {
  const reply = await createReply(db, author, { body: '谢谢分享，我也在经历类似的事。', ...input }, clock);
  // As on the site, the outbox worker tells the thread's people right after.
  await drainNotificationEvents(db);
  return reply;
}

/** A clock that advances one second per call from a fixed start. */
export function steppingClock(start = new Date('2026-06-01T08:00:00Z')): Clock {
  let t = start.getTime();
  return () => new Date((t += 1000));
}
