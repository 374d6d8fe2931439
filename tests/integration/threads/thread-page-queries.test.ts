import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { getThreadPage, TOP_LEVEL_PAGE_SIZE, type ThreadPageOptions } from '@/lib/threads/get-thread-page';
import type { ReplyView } from '@/lib/threads/dto';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let reader: Member;
let small: number;
let large: { threadId: number; topLevel: number[]; nested: number[] };

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  reader = await createMember(handle.db);
  small = (await threadWithReplies(2)).threadId;
  // More top-level replies than two pages hold, each third one with a short conversation below it.
  large = await threadWithReplies(2 * TOP_LEVEL_PAGE_SIZE + 15);
}, 120_000);
afterAll(() => handle.close());

async function threadWithReplies(topLevelCount: number) {
  const story = await createTestStory(handle.db, author);
  const topLevel: number[] = [];
  const nested: number[] = [];
  for (let i = 0; i < topLevelCount; i++) {
    const top = await createTestReply(handle.db, i % 2 ? author : reader, { threadId: story.id, anonymous: i % 4 === 0 });
    topLevel.push(top.id);
    if (i % 3 === 0) {
      const child = await createTestReply(handle.db, reader, { threadId: story.id, parentId: top.id });
      const grandchild = await createTestReply(handle.db, author, { threadId: story.id, parentId: child.id });
      nested.push(child.id, grandchild.id);
    }
  }
  return { threadId: story.id, topLevel, nested };
}

async function queriesFor(threadId: number, viewer: Member | null, options: ThreadPageOptions = {}) {
  handle.queries.length = 0;
  const page = await getThreadPage(handle.db, viewer, threadId, options);
  return { count: handle.queries.length, page };
}

function idsOf(nodes: ReplyView[]): number[] {
  return nodes.flatMap((n) => [n.id, ...idsOf(n.children)]);
}

describe('thread page query count', () => {
  it('does not grow with the number of replies, on the first page, a later page or a permalink', async () => {
    for (const viewer of [null, reader]) {
      const a = await queriesFor(small, viewer);
      const b = await queriesFor(large.threadId, viewer);
      expect(b.page.thread.replyCount).toBe(large.topLevel.length + large.nested.length);
      expect(b.count).toBe(a.count);
      expect(b.count).toBeLessThanOrEqual(8);

      const next = await queriesFor(large.threadId, viewer, { after: b.page.nextCursor! });
      expect(next.count).toBe(b.count);
      const linked = await queriesFor(large.threadId, viewer, { replyId: large.topLevel.at(-1)! });
      expect(linked.count).toBeLessThanOrEqual(b.count + 2);
    }
  });
});

describe('paged thread', () => {
  it('shows a bounded first page and walks every reply exactly once through the "more replies" cursor', async () => {
    const seen: number[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await getThreadPage(handle.db, null, large.threadId, after ? { after } : {});
      expect(page.replies.length).toBeLessThanOrEqual(TOP_LEVEL_PAGE_SIZE);
      expect(page.isFirstPage).toBe(after === undefined);
      seen.push(...idsOf(page.replies));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set([...large.topLevel, ...large.nested]));
  });

  it('opens a permalink to a reply on a later page on a page that holds it, marked', async () => {
    const target = large.nested.at(-1)!;
    const page = await getThreadPage(handle.db, null, large.threadId, { replyId: target });
    expect(page.markedReplyId).toBe(target);
    expect(idsOf(page.replies)).toContain(target);
    expect(page.isFirstPage).toBe(false);
    const first = await getThreadPage(handle.db, null, large.threadId);
    expect(idsOf(first.replies)).not.toContain(target);
  });

  it('stops a page before its reply cap and continues on the next one', async () => {
    const page = await getThreadPage(handle.db, null, large.threadId, { replyCap: 10 });
    expect(idsOf(page.replies).length).toBeLessThanOrEqual(10);
    expect(page.nextCursor).not.toBeNull();
    const next = await getThreadPage(handle.db, null, large.threadId, { replyCap: 10, after: page.nextCursor! });
    expect(next.replies[0]!.id).toBeGreaterThan(page.replies.at(-1)!.id);
  });

  it('treats a cursor it did not write as the first page', async () => {
    const page = await getThreadPage(handle.db, null, large.threadId, { after: "1' or 1=1 --" });
    expect(page.replies[0]!.id).toBe(large.topLevel[0]);
  });
});
