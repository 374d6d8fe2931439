import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublicProfile } from '@/lib/accounts/queries';
import type { Member } from '@/lib/auth/viewer';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listRevisions } from '@/lib/threads/list-revisions';
import { listStories } from '@/lib/threads/list-stories';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let secretAuthor: Member;
let reader: Member;

beforeAll(async () => {
  handle = await createTestDatabase();
  secretAuthor = await createMember(handle.db, { handle: 'hidden_writer' });
  reader = await createMember(handle.db);
});
afterAll(() => handle.close());

/** Every way the author could be named: handle, display name, e-mail, an author id field. */
function traces(member: Member) {
  return [member.handle, member.displayName, `${member.handle}@example.test`, 'authorId', 'userId', 'email'];
}

describe('anonymous posting', () => {
  it('shows a per-thread pseudonym that is stable inside a thread and leaks no identity', async () => {
    const story = await createTestStory(handle.db, secretAuthor, { anonymous: true, title: '匿名讲讲我的经历' });
    const first = await createTestReply(handle.db, secretAuthor, { threadId: story.id, anonymous: true, body: '补充一下' });
    await createTestReply(handle.db, reader, { threadId: story.id, parentId: first.id, body: '加油' });
    await createTestReply(handle.db, secretAuthor, { threadId: story.id, parentId: first.id, anonymous: true, body: '谢谢' });

    for (const viewer of [null, reader]) {
      const page = await getThreadPage(handle.db, viewer, story.id);
      expect(page.thread.author.kind).toBe('anonymous');
      const label = page.thread.author.kind === 'anonymous' ? page.thread.author.label : '';
      expect(label).toMatch(/^[A-Z2-9]{4}$/);
      const own = [page.replies[0]!, page.replies[0]!.children[1]!];
      for (const reply of own) {
        expect(reply.author).toEqual({ kind: 'anonymous', label });
        expect(reply.isOriginalPoster).toBe(true);
      }
      const serialized = JSON.stringify(page);
      for (const trace of traces(secretAuthor)) expect(serialized).not.toContain(trace);
    }

    const list = JSON.stringify(await listStories(handle.db, { sort: 'newest' }));
    for (const trace of traces(secretAuthor)) expect(list).not.toContain(trace);
    // Edit history is the author's and staff's only; a reader is told there is none.
    await expect(listRevisions(handle.db, reader, { threadId: story.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(JSON.stringify(await listRevisions(handle.db, secretAuthor, { threadId: story.id }))).not.toContain(secretAuthor.handle);
  });

  it('uses a different pseudonym in another thread, so threads cannot be linked', async () => {
    const labels = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const story = await createTestStory(handle.db, secretAuthor, { anonymous: true });
      const page = await getThreadPage(handle.db, null, story.id);
      if (page.thread.author.kind === 'anonymous') labels.add(page.thread.author.label);
    }
    expect(labels.size).toBe(3);
  });

  it('never lists anonymous posts on the author’s public profile', async () => {
    const named = await createTestStory(handle.db, secretAuthor, { title: '署名的经历' });
    const hidden = await createTestStory(handle.db, secretAuthor, { anonymous: true, title: '不署名的经历' });
    await createTestReply(handle.db, secretAuthor, { threadId: named.id, anonymous: true, body: '匿名回复内容' });
    const profile = await getPublicProfile(handle.db, 'hidden_writer');
    expect(profile.stories.map((s) => s.id)).toContain(named.id);
    expect(profile.stories.map((s) => s.id)).not.toContain(hidden.id);
    expect(JSON.stringify(profile)).not.toContain('匿名回复内容');
    expect(JSON.stringify(profile)).not.toContain('example.test');
  });

  it('does not mark a named reply by the author of an anonymous story as the author', async () => {
    const story = await createTestStory(handle.db, secretAuthor, { anonymous: true });
    await createTestReply(handle.db, secretAuthor, { threadId: story.id, body: '我用真名回复' });
    const page = await getThreadPage(handle.db, null, story.id);
    expect(page.replies[0]!.author.kind).toBe('member');
    expect(page.replies[0]!.isOriginalPoster).toBe(false);
  });
});
