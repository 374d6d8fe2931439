import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '@/lib/auth/viewer';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
let reader: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  reader = await createMember(handle.db);
});
afterAll(() => handle.close());

async function threadWithReplies(n: number) {
  const story = await createTestStory(handle.db, author);
  let parentId: number | undefined;
  for (let i = 0; i < n; i++) {
    const reply = await createTestReply(handle.db, i % 2 ? author : reader, {
      threadId: story.id,
      parentId: i % 3 === 0 ? undefined : parentId,
      anonymous: i % 4 === 0,
    });
    parentId = reply.id;
  }
  return story.id;
}

async function queriesFor(threadId: number, viewer: Member | null) {
  handle.queries.length = 0;
  const page = await getThreadPage(handle.db, viewer, threadId);
  return { count: handle.queries.length, page };
}

describe('thread page query count', () => {
  it('does not grow with the number of replies', async () => {
    const small = await threadWithReplies(2);
    const large = await threadWithReplies(60);
    for (const viewer of [null, reader]) {
      const a = await queriesFor(small, viewer);
      const b = await queriesFor(large, viewer);
      expect(b.page.thread.replyCount).toBe(60);
      expect(b.count).toBe(a.count);
      expect(b.count).toBeLessThanOrEqual(6);
    }
  });
});
