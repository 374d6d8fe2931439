import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookmarks, notifications, stageFollows, threadFollows } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { removePost } from '@/lib/moderation/moderate-post';
import { bookmarkThread, listBookmarks, unbookmarkThread } from '@/lib/notifications/bookmarks';
import { followStage, followThread, unfollowStage, unfollowThread } from '@/lib/notifications/follows';
import { markAllRead, markRead, markThreadNotificationsRead } from '@/lib/notifications/mark-read';
import { getNotificationSettings, saveNotificationSettings } from '@/lib/notifications/preferences';
import { countUnread, getFollowState, isFollowingStage, listNotifications } from '@/lib/notifications/queries';
import { createMember, createTestReply, createTestStory, steppingClock } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let owner: Member;
let outsider: Member;
let replier: Member;
let moderator: Member;
const clock = steppingClock();

beforeAll(async () => {
  handle = await createTestDatabase();
  owner = await createMember(handle.db);
  outsider = await createMember(handle.db);
  replier = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
});
afterAll(() => handle.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

const allNotifications = () => handle.db.select().from(notifications).orderBy(notifications.id);

describe('reading notifications', () => {
  it('lists only the owner’s notifications, most recently updated first, a page at a time', async () => {
    const stories = [];
    for (let i = 0; i < 5; i++) stories.push(await createTestStory(handle.db, owner, { title: `第${i}个帖子的标题` }, clock));
    for (const story of stories) await createTestReply(handle.db, replier, { threadId: story.id, body: `回复${story.id}` }, clock);
    // A later reply to the first thread moves its collapsed row to the top.
    await createTestReply(handle.db, outsider, { threadId: stories[0]!.id, body: '又一条' }, clock);

    const first = await listNotifications(handle.db, owner, {}, 2);
    expect(first.items.map((n) => n.threadId)).toEqual([stories[0]!.id, stories[4]!.id]);
    expect(first.items[0]).toMatchObject({ count: 2, read: false, title: '第0个帖子的标题', excerpt: '又一条' });
    const second = await listNotifications(handle.db, owner, { cursor: first.nextCursor! }, 2);
    expect(second.items.map((n) => n.threadId)).toEqual([stories[3]!.id, stories[2]!.id]);
    const third = await listNotifications(handle.db, owner, { cursor: second.nextCursor! }, 2);
    expect(third.items.map((n) => n.threadId)).toEqual([stories[1]!.id]);
    expect(third.nextCursor).toBeNull();

    expect((await listNotifications(handle.db, outsider)).items).toEqual([]);
    expect(await codeOf(listNotifications(handle.db, owner, { cursor: 'not-a-cursor' }))).toBe('invalid_input');
    expect(await codeOf(listNotifications(handle.db, null))).toBe('unauthenticated');
    expect(await countUnread(handle.db, owner)).toBe(5);
    expect(await countUnread(handle.db, null)).toBe(0);
  });

  it('refuses another member’s notification as not_found and leaves every row unchanged', async () => {
    const [mine] = (await listNotifications(handle.db, owner)).items;
    const before = await allNotifications();
    expect(await codeOf(markRead(handle.db, outsider, { id: mine!.id }))).toBe('not_found');
    expect(await codeOf(markRead(handle.db, outsider, { id: 999_999 }))).toBe('not_found');
    expect(await codeOf(markRead(handle.db, outsider, { id: 'x' }))).toBe('invalid_input');
    expect(await codeOf(markRead(handle.db, null, { id: mine!.id }))).toBe('unauthenticated');
    expect(await markAllRead(handle.db, outsider)).toBe(0);
    expect(await markThreadNotificationsRead(handle.db, outsider, mine!.threadId!)).toBe(0);
    expect(await allNotifications()).toEqual(before);
  });

  it('marks one, a thread’s, then all of the owner’s notifications read', async () => {
    const items = (await listNotifications(handle.db, owner)).items;
    await markRead(handle.db, owner, { id: items[0]!.id }, clock);
    await markRead(handle.db, owner, { id: items[0]!.id }, clock); // twice is fine
    expect(await countUnread(handle.db, owner)).toBe(4);
    expect(await markThreadNotificationsRead(handle.db, owner, items[1]!.threadId!, clock)).toBe(1);
    expect(await countUnread(handle.db, owner)).toBe(3);
    expect(await markAllRead(handle.db, owner, clock)).toBe(3);
    expect(await countUnread(handle.db, owner)).toBe(0);
    expect((await listNotifications(handle.db, owner)).items.every((n) => n.read)).toBe(true);
  });
});

describe('following and bookmarks', () => {
  it('follows and unfollows a thread idempotently; authors follow their own automatically', async () => {
    const story = await createTestStory(handle.db, owner, {}, clock);
    expect(await getFollowState(handle.db, owner, story.id)).toEqual({ followingThread: true, bookmarked: false });
    await followThread(handle.db, outsider, { threadId: story.id });
    await followThread(handle.db, outsider, { threadId: story.id });
    expect(await getFollowState(handle.db, outsider, story.id)).toMatchObject({ followingThread: true });
    await unfollowThread(handle.db, outsider, { threadId: story.id });
    await unfollowThread(handle.db, outsider, { threadId: story.id });
    expect(await getFollowState(handle.db, outsider, story.id)).toMatchObject({ followingThread: false });
    expect(await getFollowState(handle.db, null, story.id)).toEqual({ followingThread: false, bookmarked: false });
  });

  it('refuses to follow or bookmark a thread the viewer cannot open, writing nothing', async () => {
    const story = await createTestStory(handle.db, owner, {}, clock);
    await removePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '违规' }, clock);
    expect(await codeOf(followThread(handle.db, outsider, { threadId: story.id }))).toBe('not_found');
    expect(await codeOf(bookmarkThread(handle.db, outsider, { threadId: story.id }))).toBe('not_found');
    expect(await codeOf(followThread(handle.db, outsider, { threadId: 987_654 }))).toBe('not_found');
    expect(await codeOf(followThread(handle.db, null, { threadId: story.id }))).toBe('unauthenticated');
    expect(await handle.db.select().from(threadFollows).where(eq(threadFollows.userId, outsider.id))).toEqual([]);
    expect(await handle.db.select().from(bookmarks).where(eq(bookmarks.userId, outsider.id))).toEqual([]);
  });

  it('follows a stage; an unknown stage is not_found', async () => {
    await followStage(handle.db, outsider, { stageId: 5 });
    expect(await isFollowingStage(handle.db, outsider, 5)).toBe(true);
    await unfollowStage(handle.db, outsider, { stageId: 5 });
    expect(await isFollowingStage(handle.db, outsider, 5)).toBe(false);
    expect(await codeOf(followStage(handle.db, outsider, { stageId: 99 }))).toBe('not_found');
    expect(await handle.db.select().from(stageFollows).where(eq(stageFollows.userId, outsider.id))).toEqual([]);
  });

  it('lists bookmarks newest first, a page at a time, without threads the viewer can no longer open', async () => {
    const reader = await createMember(handle.db);
    const stories = [];
    for (let i = 0; i < 3; i++) stories.push(await createTestStory(handle.db, owner, { anonymous: i === 1 }, clock));
    for (const story of stories) await bookmarkThread(handle.db, reader, { threadId: story.id }, clock);
    const first = await listBookmarks(handle.db, reader, {}, 2);
    expect(first.items.map((b) => b.threadId)).toEqual([stories[2]!.id, stories[1]!.id]);
    expect(first.items[1]!.author.kind).toBe('anonymous');
    expect(JSON.stringify(first.items[1])).not.toContain(owner.handle);
    const second = await listBookmarks(handle.db, reader, { cursor: first.nextCursor! }, 2);
    expect(second.items.map((b) => b.threadId)).toEqual([stories[0]!.id]);

    await removePost(handle.db, moderator, { target: 'thread', id: stories[2]!.id, reason: '违规' }, clock);
    expect((await listBookmarks(handle.db, reader)).items.map((b) => b.threadId)).toEqual([stories[1]!.id, stories[0]!.id]);
    await unbookmarkThread(handle.db, reader, { threadId: stories[1]!.id });
    expect((await listBookmarks(handle.db, reader)).items.map((b) => b.threadId)).toEqual([stories[0]!.id]);
    expect((await listBookmarks(handle.db, outsider)).items).toEqual([]);
  });
});

describe('settings', () => {
  it('saves every type’s switches and the digest, unticked boxes meaning off', async () => {
    const member = await createMember(handle.db);
    const defaults = await getNotificationSettings(handle.db, member);
    expect(defaults.digest).toBe(true);
    expect(defaults.types.every((t) => t.inApp && !t.emailImmediately)).toBe(true);
    const saved = await saveNotificationSettings(handle.db, member, {
      digest: undefined,
      inApp: { reply_to_thread: 'on', mention: 'on' },
      email: { mention: 'on' },
    });
    expect(saved.digest).toBe(false);
    expect(saved.types.find((t) => t.type === 'mention')).toEqual({ type: 'mention', inApp: true, emailImmediately: true });
    expect(saved.types.find((t) => t.type === 'followed_thread')).toEqual({ type: 'followed_thread', inApp: false, emailImmediately: false });
    expect(await getNotificationSettings(handle.db, owner)).toMatchObject({ digest: true });
  });
});
