import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { removePost } from '@/lib/moderation/moderate-post';
import type { ReplyView, ThreadPage } from '@/lib/threads/dto';
import { GuestCache } from '@/lib/threads/guest-cache';
import { toggleVote } from '@/lib/votes/toggle-vote';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let member: Member;
let other: Member;
let third: Member;
let moderator: Member;
let threadId: number;
let ownReplyId: number;
let removedReplyId: number;

beforeAll(async () => {
  handle = await createTestDatabase();
  member = await createMember(handle.db);
  other = await createMember(handle.db);
  third = await createMember(handle.db);
  moderator = await createMember(handle.db, { role: 'moderator' });
  const story = await createTestStory(handle.db, other);
  threadId = story.id;
  ownReplyId = (await createTestReply(handle.db, member, { threadId, body: '我自己的回复' })).id;
  const otherReply = await createTestReply(handle.db, other, { threadId, body: '别人的回复' });
  await toggleVote(handle.db, member, { target: 'reply', id: otherReply.id, kind: 'helpful' });
  await toggleVote(handle.db, member, { target: 'thread', id: threadId, kind: 'me_too' });
  // Removed: its author still sees it with the reason, nobody else does.
  removedReplyId = (await createTestReply(handle.db, member, { threadId, body: '被删掉的那条回复' })).id;
  await removePost(handle.db, moderator, { target: 'reply', id: removedReplyId, reason: '违规' });
});
afterAll(() => handle.close());

const flat = (nodes: ReplyView[]): ReplyView[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

/** Everything on a page that belongs to one viewer. */
function viewerState(page: ThreadPage) {
  const replies = flat(page.replies);
  return {
    threadVoted: page.thread.voted.helpful || page.thread.voted.meToo,
    threadCanEdit: page.thread.canEdit,
    repliesVoted: replies.filter((r) => r.voted.helpful || r.voted.meToo).length,
    repliesEditable: replies.filter((r) => r.canEdit || r.canDelete || r.canVote || r.canReply || r.canReport || r.canAccept).length,
    removedShown: replies.some((r) => r.id === removedReplyId),
  };
}

const NOBODY = { threadVoted: false, threadCanEdit: false, repliesVoted: 0, repliesEditable: 0, removedShown: false };

describe('guest page cache', () => {
  for (const order of ['guest first', 'member first'] as const) {
    it(`never gives one viewer's state to another (${order})`, async () => {
      const cache = new GuestCache({ ttlMs: 60_000, maxBytes: 8 * 1024 * 1024, maxEntries: 100 });
      const read = (viewer: Member | null) => cache.threadPage(handle.db, viewer, threadId, { locale: 'zh-CN' });
      const pages =
        order === 'guest first'
          ? { guest: await read(null), member: await read(member), guestAgain: await read(null) }
          : { member: await read(member), guest: await read(null), guestAgain: await read(null) };

      // The member sees their own vote state, edit link and removed reply.
      const own = flat(pages.member.replies).find((r) => r.id === ownReplyId)!;
      expect(own.canEdit).toBe(true);
      expect(own.canDelete).toBe(true);
      expect(pages.member.thread.voted.meToo).toBe(true);
      expect(viewerState(pages.member).repliesVoted).toBe(1);
      expect(viewerState(pages.member).removedShown).toBe(true);

      // Guests see none of it, whether or not the member came first.
      expect(viewerState(pages.guest)).toEqual(NOBODY);
      expect(viewerState(pages.guestAgain)).toEqual(NOBODY);
      expect(pages.guestAgain).toBe(pages.guest);

      // Another member gets their own state, not the first member's nor a guest's page.
      const otherPage = await read(third);
      expect(otherPage).not.toBe(pages.guest);
      expect(otherPage.thread.canEdit).toBe(false);
      expect(otherPage.thread.voted).toEqual({ helpful: false, meToo: false });
      expect(flat(otherPage.replies).find((r) => r.id === ownReplyId)!.canEdit).toBe(false);
      expect(viewerState(otherPage).removedShown).toBe(false);
    });
  }

  it('shows guests a new reply once the write invalidates the thread', async () => {
    const cache = new GuestCache({ ttlMs: 60_000, maxBytes: 8 * 1024 * 1024, maxEntries: 100 });
    const before = await cache.threadPage(handle.db, null, threadId, {});
    const reply = await createTestReply(handle.db, other, { threadId, body: '新的回复' });
    cache.invalidateThread(threadId);
    const after = await cache.threadPage(handle.db, null, threadId, {});
    expect(flat(before.replies).some((r) => r.id === reply.id)).toBe(false);
    expect(flat(after.replies).some((r) => r.id === reply.id)).toBe(true);
  });
});
