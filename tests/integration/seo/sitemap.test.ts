import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threads } from '@/db/schema';
import type { Member } from '@/lib/auth/viewer';
import { createQuestion } from '@/lib/questions/create-question';
import { listSitemapRanges, listSitemapThreads } from '@/lib/seo/sitemap-entries';
import { deleteThread } from '@/lib/threads/delete-thread';
import { createMember, createTestStory, slugId, taxonomyOf } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;
let author: Member;
const published: number[] = [];
const hidden: number[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  author = await createMember(handle.db);
  const t = await taxonomyOf(handle.db);
  for (let i = 0; i < 5; i++) published.push((await createTestStory(handle.db, author, { title: `公开的故事 ${i}` })).id);
  const question = await createQuestion(handle.db, author, {
    title: '收到传票该怎么办',
    body: '今天收到了法院的传票，想问问下一步。',
    stageIds: [slugId(t.stages, 'lawsuit')],
  });
  published.push(question.id);

  const deleted = await createTestStory(handle.db, author, { title: '作者删掉的故事' });
  await deleteThread(handle.db, author, { threadId: deleted.id });
  hidden.push(deleted.id);
  // Pending and removed come from the scam filter and moderators; only the status matters here.
  for (const status of ['pending', 'removed'] as const) {
    const story = await createTestStory(handle.db, author, { title: `不公开的故事 ${status}` });
    await handle.db.update(threads).set({ status }).where(eq(threads.id, story.id));
    hidden.push(story.id);
  }
  published.push((await createTestStory(handle.db, author, { title: '最后一篇公开的故事' })).id);
});
afterAll(() => handle.close());

async function allEntries(perFile: number) {
  const ranges = await listSitemapRanges(handle.db, perFile);
  const files = await Promise.all(ranges.map((range) => listSitemapThreads(handle.db, range)));
  return { ranges, files };
}

describe('sitemap entries', () => {
  it('lists published stories and questions only, with bumpedAt for lastModified', async () => {
    const { files } = await allEntries(5000);
    const entries = files.flat();
    expect(entries.map((e) => e.id)).toEqual([...published].sort((a, b) => a - b));
    for (const id of hidden) expect(entries.some((e) => e.id === id)).toBe(false);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['story', 'question']));
    for (const entry of entries) expect(entry.bumpedAt).toBeInstanceOf(Date);
  });

  it('splits into ranges that cover every published thread exactly once, none over the limit', async () => {
    const whole = (await allEntries(5000)).files.flat().map((e) => e.id);
    for (const perFile of [1, 2, 3, 4]) {
      const { ranges, files } = await allEntries(perFile);
      expect(ranges.length).toBeGreaterThan(1);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.fromId).toBe(ranges[i - 1]!.toId + 1);
      for (const file of files) expect(file.length).toBeLessThanOrEqual(perFile);
      const ids = files.flat().map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(whole);
    }
  });

  it('has no thread ranges on an empty forum', async () => {
    const empty = await createTestDatabase();
    try {
      expect(await listSitemapRanges(empty.db)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
