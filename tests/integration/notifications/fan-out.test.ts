import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { notificationEvents, notifications, threadFollows, users } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { fanOutNotificationEvents, pruneNotificationEvents } from '@/lib/notifications/fan-out';
import { startNotificationWorker } from '@/lib/notifications/worker';
import { createReply } from '@/lib/replies/create-reply';
import { createMember, createTestStory, steppingClock } from '../../support/factories';
import { drainNotificationEvents } from '../../support/notifications';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let replier: Member;
const clock = steppingClock();
const FOLLOWERS = 500;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  replier = await createMember(handle.db);
});
afterAll(() => handle.close());

/** A story followed by `n` members (written in bulk: hashing 500 passwords would only slow the test). */
async function popularStory(n = FOLLOWERS) {
  const story = await createTestStory(handle.db, author, {}, clock);
  const tag = randomBytes(3).toString('hex');
  const followers = await handle.db
    .insert(users)
    .values(
      Array.from({ length: n }, (_, i) => ({
        email: `f${tag}${i}@example.test`,
        handle: `f${tag}${i}`,
        displayName: `关注者${tag}${i}`,
        passwordHash: 'not-a-real-hash',
      })),
    )
    .returning({ id: users.id });
  await handle.db.insert(threadFollows).values(followers.map((f) => ({ userId: f.id, threadId: story.id })));
  return { story, followerIds: followers.map((f) => f.id) };
}

const notificationsOf = (threadId: number) => handle.db.select().from(notifications).where(eq(notifications.threadId, threadId));
const eventsOf = (threadId: number) =>
  handle.db
    .select()
    .from(notificationEvents)
    .where(and(eq(notificationEvents.threadId, threadId), eq(notificationEvents.type, 'reply_published')));

describe('a reply to a popular thread', () => {
  it('commits with one event row and no notification written, and the worker then tells everyone once', async () => {
    const { story, followerIds } = await popularStory();
    handle.queries.length = 0;
    const reply = await createReply(handle.db, replier, { threadId: story.id, body: '我也是被同一家催收，后来走了协商。' }, clock);
    const written = handle.queries.map((q) => q.sql.toLowerCase());
    expect(written.filter((q) => q.startsWith('insert into "notification_events"'))).toHaveLength(1);
    expect(written.filter((q) => q.includes('"notifications"') && !q.startsWith('select'))).toEqual([]);
    expect(await eventsOf(story.id)).toMatchObject([{ type: 'reply_published', replyId: reply.id, status: 'pending', deliveredThroughUserId: 0 }]);
    expect(await notificationsOf(story.id)).toEqual([]);

    await drainNotificationEvents(handle.db);
    const rows = await notificationsOf(story.id);
    expect(rows).toHaveLength(FOLLOWERS + 1);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([...followerIds, author.id]));
    expect(rows.filter((r) => r.userId === author.id)).toMatchObject([{ type: 'reply_to_thread', count: 1, replyId: reply.id }]);
    expect(rows.every((r) => r.count === 1 && r.actorLabel === replier.displayName)).toBe(true);
    expect(rows.filter((r) => r.type === 'followed_thread')).toHaveLength(FOLLOWERS);
    expect(await eventsOf(story.id)).toMatchObject([{ status: 'done', attempts: 1 }]);

    // A second reply collapses into the same unread rows.
    const second = await createReply(handle.db, replier, { threadId: story.id, body: '补充：记得录音。' }, clock);
    await drainNotificationEvents(handle.db);
    const after = await notificationsOf(story.id);
    expect(after).toHaveLength(FOLLOWERS + 1);
    expect(after.every((r) => r.count === 2 && r.replyId === second.id && r.excerpt === '补充：记得录音。')).toBe(true);
    // Draining again finds nothing to do and changes nothing.
    await drainNotificationEvents(handle.db);
    expect(await notificationsOf(story.id)).toEqual(after);
  });

  it('resumes after a crash mid-fan-out without telling anyone twice', async () => {
    const { story } = await popularStory();
    await createReply(handle.db, replier, { threadId: story.id, body: '先别慌，看清楚来电号码。' }, clock);
    const now = new Date(Date.now() + 3_600_000);
    let chunks = 0;
    const crash = () => {
      if (++chunks === 2) throw new Error('worker killed');
    };
    const first = await fanOutNotificationEvents(handle.db, { now, chunkSize: 150, afterChunk: crash });
    expect(first).toMatchObject({ done: 0, retrying: 1 });
    // Two chunks committed before the crash; the marker says how far.
    const partial = await notificationsOf(story.id);
    expect(partial).toHaveLength(300);
    const [event] = await eventsOf(story.id);
    expect(event).toMatchObject({ status: 'pending', attempts: 1, lastError: 'worker killed' });
    expect(event!.deliveredThroughUserId).toBe(Math.max(...partial.map((r) => r.userId)));

    // Not due again before its backoff; then the next run finishes the rest.
    expect(await fanOutNotificationEvents(handle.db, { now, chunkSize: 150 })).toMatchObject({ done: 0, delivered: 0 });
    const later = new Date(now.getTime() + 60_000);
    expect(await fanOutNotificationEvents(handle.db, { now: later, chunkSize: 150 })).toMatchObject({ done: 1, delivered: FOLLOWERS + 1 - 300 });
    const rows = await notificationsOf(story.id);
    expect(rows).toHaveLength(FOLLOWERS + 1);
    expect(rows.every((r) => r.count === 1)).toBe(true);
    expect(await eventsOf(story.id)).toMatchObject([{ status: 'done', attempts: 2 }]);
  });

  it('a worker whose lease ran out and was overtaken stops without duplicating', async () => {
    const { story } = await popularStory(20);
    await createReply(handle.db, replier, { threadId: story.id, body: '同一家，同一个套路。' }, clock);
    const now = new Date(Date.now() + 3_600_000);
    // The first worker stalls after its first chunk; meanwhile its lease ends and a second worker finishes the event.
    let overtaken = false;
    await fanOutNotificationEvents(handle.db, {
      now,
      chunkSize: 5,
      leaseMs: 1_000,
      afterChunk: async () => {
        if (overtaken) return;
        overtaken = true;
        await fanOutNotificationEvents(handle.db, { now: new Date(now.getTime() + 2_000), chunkSize: 5 });
      },
    });
    const rows = await notificationsOf(story.id);
    expect(rows).toHaveLength(21);
    expect(rows.every((r) => r.count === 1)).toBe(true);
    expect(await eventsOf(story.id)).toMatchObject([{ status: 'done', attempts: 2 }]);
  });

  it('prunes events done before a date, and only those', async () => {
    const { story } = await popularStory(1);
    await createReply(handle.db, replier, { threadId: story.id, body: '过一周就清掉' }, clock);
    const [pending] = await eventsOf(story.id);
    expect(await pruneNotificationEvents(handle.db, new Date(Date.now() + 7 * 86_400_000))).toBeGreaterThan(0);
    // Not yet fanned out: kept.
    expect(await eventsOf(story.id)).toMatchObject([{ id: pending!.id, status: 'pending' }]);
    await drainNotificationEvents(handle.db);
    await pruneNotificationEvents(handle.db, new Date(Date.now() + 7 * 86_400_000));
    expect(await eventsOf(story.id)).toEqual([]);
    expect(await notificationsOf(story.id)).toHaveLength(2);
  });

  it('tells nobody about a reply removed before it was fanned out', async () => {
    const { story } = await popularStory(3);
    const reply = await createReply(handle.db, replier, { threadId: story.id, body: '这条会被删掉' }, clock);
    await handle.db.execute(sql`update replies set status = 'removed' where id = ${reply.id}`);
    await drainNotificationEvents(handle.db);
    expect(await notificationsOf(story.id)).toEqual([]);
    expect(await eventsOf(story.id)).toMatchObject([{ status: 'done' }]);
  });
});

describe('the worker', () => {
  it('is woken by a committed reply in the same process, without waiting for its poll', async () => {
    const { story } = await popularStory(2);
    const worker = startNotificationWorker({ getDatabase: async () => handle.db, intervalMs: 3_600_000, clock: () => new Date(Date.now() + 3_600_000) });
    try {
      await createReply(handle.db, replier, { threadId: story.id, body: '醒醒，有新回复。' }, clock);
      await vi.waitFor(async () => expect(await notificationsOf(story.id)).toHaveLength(3), { timeout: 10_000, interval: 20 });
    } finally {
      worker.stop();
    }
    expect(await handle.db.select().from(notificationEvents).where(and(eq(notificationEvents.threadId, story.id), eq(notificationEvents.status, 'pending')))).toEqual([]);
  });
});
