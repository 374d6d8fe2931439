import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderationLog, reports, threadPseudonyms, threads, users } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { lockThread } from '@/lib/moderation/lock-thread';
import { approvePost, removePost, restorePost } from '@/lib/moderation/moderate-post';
import { redactPost } from '@/lib/moderation/redact-post';
import { reportPost } from '@/lib/moderation/report-post';
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter';
import { consumeThenRefundOnFailure } from '@/lib/rate-limit/errors';
import { createReply } from '@/lib/replies/create-reply';
import { findSimilarThreads } from '@/lib/search/find-similar-threads';
import { defaultSettings } from '@/lib/settings';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { createStory } from '@/lib/threads/create-story';
import { createMember, createTestReply, createTestStory, storyInput } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// Items 7 and 8 of issue 11, one engine at a time; the parallel versions of
// these races are in tests/integration/concurrency (PostgreSQL only).

let handle: TestDatabase;
let author: Member;
let moderator: Member;
let admin: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  admin = await createMember(handle.db, { role: 'admin' });
});
afterAll(() => handle.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

/** A member old enough and with enough published posts to be out of the sandbox. */
async function establishedMember(): Promise<Member> {
  const member = await createMember(handle.db);
  await handle.db.update(users).set({ createdAt: new Date(Date.now() - 30 * 86_400_000) }).where(eq(users.id, member.id));
  const story = await createTestStory(handle.db, member);
  await createTestReply(handle.db, member, { threadId: story.id });
  return member;
}

describe('reports from sandboxed accounts', () => {
  it('records them for moderators but does not let three fresh accounts hide a story', async () => {
    const story = await createTestStory(handle.db, author);
    for (let i = 0; i < 3; i++) {
      const fresh = await createMember(handle.db);
      expect(await reportPost(handle.db, fresh, { target: 'thread', id: story.id, reason: 'spam', note: '' })).toEqual({ hidden: false });
    }
    const recorded = await handle.db.select().from(reports).where(eq(reports.threadId, story.id));
    expect(recorded.map((r) => r.countsTowardHiding)).toEqual([false, false, false]);
    expect((await getThreadPage(handle.db, null, story.id)).thread.status).toBe('published');
  });

  it('hides once three established members reported, whatever fresh reports came before', async () => {
    const story = await createTestStory(handle.db, author);
    await reportPost(handle.db, await createMember(handle.db), { target: 'thread', id: story.id, reason: 'spam', note: '' });
    const established = [await establishedMember(), await establishedMember(), await establishedMember()];
    expect(await reportPost(handle.db, established[0]!, { target: 'thread', id: story.id, reason: 'spam', note: '' }, undefined, defaultSettings)).toEqual({ hidden: false });
    expect(await reportPost(handle.db, established[1]!, { target: 'thread', id: story.id, reason: 'spam', note: '' }, undefined, defaultSettings)).toEqual({ hidden: false });
    expect(await reportPost(handle.db, established[2]!, { target: 'thread', id: story.id, reason: 'spam', note: '' }, undefined, defaultSettings)).toEqual({ hidden: true });
    await expect(getThreadPage(handle.db, null, story.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('moderation state changes guarded in SQL', () => {
  it('answers conflict to the second of two identical decisions and logs one act', async () => {
    const story = await createTestStory(handle.db, author);
    await removePost(handle.db, moderator, { target: 'thread', id: story.id, reason: '违规' });
    expect(await codeOf(removePost(handle.db, admin, { target: 'thread', id: story.id, reason: '违规' }))).toBe('conflict');
    expect(await codeOf(approvePost(handle.db, admin, { target: 'thread', id: story.id, reason: '通过' }))).toBe('conflict');
    await restorePost(handle.db, admin, { target: 'thread', id: story.id, reason: '误删' });
    const [logged] = await handle.db.select({ n: count() }).from(moderationLog).where(eq(moderationLog.threadId, story.id));
    expect(logged!.n).toBe(2);
  });

  it('lets a moderator act on an admin’s anonymous post as on anyone’s, and never answers in a way that tells the role', async () => {
    const anonymousByAdmin = await createTestStory(handle.db, admin, { anonymous: true });
    const anonymousByMember = await createTestStory(handle.db, author, { anonymous: true });
    const named = await createTestStory(handle.db, admin);
    // The same answer for both anonymous posts: the hidden role changes nothing.
    expect(await codeOf(removePost(handle.db, moderator, { target: 'thread', id: anonymousByAdmin.id, reason: '违规' }))).toBe('ok');
    expect(await codeOf(removePost(handle.db, moderator, { target: 'thread', id: anonymousByMember.id, reason: '违规' }))).toBe('ok');
    // An admin speaking as an admin is still judged by admins only.
    expect(await codeOf(removePost(handle.db, moderator, { target: 'thread', id: named.id, reason: '违规' }))).toBe('forbidden');
  });

  it('answers conflict to locking a locked thread, and logs the lock once', async () => {
    const story = await createTestStory(handle.db, author);
    await lockThread(handle.db, moderator, { threadId: story.id, locked: true, reason: '争吵' });
    expect(await codeOf(lockThread(handle.db, admin, { threadId: story.id, locked: true, reason: '争吵' }))).toBe('conflict');
    const log = await handle.db.select().from(moderationLog).where(eq(moderationLog.threadId, story.id));
    expect(log.map((e) => e.action)).toEqual(['lock']);
  });

  it('refuses to redact a post its author withdrew', async () => {
    const story = await createTestStory(handle.db, author);
    await handle.db.update(threads).set({ status: 'deleted' }).where(eq(threads.id, story.id));
    expect(await codeOf(redactPost(handle.db, moderator, { target: 'thread', id: story.id, reason: '隐私', title: '', body: '已隐去' }))).toBe('gone');
  });
});

describe('pseudonyms and reply parents', () => {
  it('draws a new label when a forced collision hits another author’s label, instead of failing', async () => {
    const story = await createTestStory(handle.db, author, { anonymous: true });
    const [own] = await handle.db.select({ label: threadPseudonyms.label }).from(threadPseudonyms).where(eq(threadPseudonyms.threadId, story.id));
    const replier = await createMember(handle.db);
    // The seeded generator first offers the thread author's label twice.
    const seeded = [own!.label, own!.label, 'ZZ22'];
    const reply = await createReply(handle.db, replier, { threadId: story.id, body: '我也匿名说一句。', anonymous: true }, undefined, defaultSettings, () => seeded.shift() ?? 'YY33');
    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.replies.find((r) => r.id === reply.id)!.author).toEqual({ kind: 'anonymous', label: 'ZZ22' });
    const labels = await handle.db.select().from(threadPseudonyms).where(eq(threadPseudonyms.threadId, story.id));
    expect(labels.map((l) => l.label).sort()).toEqual([own!.label, 'ZZ22'].sort());
  });

  it('reports a missing parent as unknown_parent but lets a database failure surface as itself', async () => {
    const story = await createTestStory(handle.db, author);
    const member = await createMember(handle.db);
    const missing = await createReply(handle.db, member, { threadId: story.id, parentId: 999_999, body: '回复一个不存在的楼层' }).catch((e: AppError) => e);
    expect(missing).toMatchObject({ code: 'invalid_input', fieldErrors: { parentId: ['unknown_parent'] } });

    // A database that fails every reply lookup: not "unknown parent".
    const failing = new Proxy(handle.db, {
      get(target, property, receiver) {
        if (property !== 'select') return Reflect.get(target, property, receiver);
        return (...args: unknown[]) => {
          const fields = args[0] as Record<string, unknown> | undefined;
          if (fields && 'depth' in fields && 'authorId' in fields) throw new Error('connection terminated');
          return (target.select as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const error = await createReply(failing, member, { threadId: story.id, parentId: 1, body: '数据库断了' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
    expect((error as Error).message).toBe('connection terminated');
  });
});

describe('posting limits count first and refund on failure', () => {
  it('refunds a refused story, and refuses the third story of a sandboxed day', async () => {
    const limiter = createRateLimiter();
    const member = await createMember(handle.db);
    const post = (input: Promise<Parameters<typeof createStory>[2]>) =>
      consumeThenRefundOnFailure(limiter, 'postStoryNewUser', String(member.id), async () => createStory(handle.db, member, await input));
    // A refused form (no title) costs nothing.
    expect(await codeOf(post(storyInput(handle.db, { title: '' })))).toBe('invalid_input');
    expect(await codeOf(post(storyInput(handle.db)))).toBe('ok');
    expect(await codeOf(post(storyInput(handle.db)))).toBe('ok');
    expect(await codeOf(post(storyInput(handle.db)))).toBe('rate_limited');
    const [stories] = await handle.db.select({ n: count() }).from(threads).where(eq(threads.authorId, member.id));
    expect(stories!.n).toBe(2);
  });
});

describe('similar threads', () => {
  it('never sends a personal number from a draft title into a query', async () => {
    handle.queries.length = 0;
    await findSimilarThreads(handle.db, { text: '催收打到我手机13800138000怎么办' });
    expect(JSON.stringify(handle.queries)).not.toContain('13800138000');
  });
});
