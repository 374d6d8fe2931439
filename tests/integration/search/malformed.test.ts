import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threads } from '@/db/schema';
import { findSimilarThreads } from '@/lib/search/find-similar-threads';
import { searchPosts } from '@/lib/search/search';
import { createMember, createTestReply, createTestStory } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let handle: TestDatabase;

beforeAll(async () => {
  handle = await createTestDatabase();
  const author = await createMember(handle.db);
  const story = await createTestStory(handle.db, author, {
    title: '被上门催收了，100% 真实经历',
    body: '催收员说 "再不还就起诉"，还说 drop table 是什么都不懂。费用_明细：利息 & 违约金 | 手续费！😭',
  });
  await createTestReply(handle.db, author, { threadId: story.id, body: '我也遇到过上门催收 😢' });
});
afterAll(() => handle?.close());

// Whatever arrives in the search box, the answer is a page of results or an
// empty one: never an error (which a page would turn into a 500).
const malformed: [string, unknown][] = [
  ['a double quote', '"'],
  ['unbalanced quotes', '"上门催收'],
  ['tsquery operators', '&|!'],
  ['tsquery syntax', "催收 & !起诉 | (律师函 <-> :*"],
  ['SQL', "'); drop table threads; --"],
  ['LIKE wildcards', '%_%'],
  ['a backslash', '\\'],
  ['1,000 characters', '催收'.repeat(500)],
  ['1,000 characters of operators', '&|!('.repeat(250)],
  ['an emoji', '😭'],
  ['emoji and words', '😭上门催收😢'],
  ['only punctuation', '，。！？、；：“”（）…—'],
  ['ASCII punctuation', '!@#$%^&*()_+-=[]{};:,./<>?'],
  ['an empty string', ''],
  ['whitespace', '   \t\n  '],
  ['a NUL character', 'a\u0000b'],
  ['NUL inside words', '上门\u0000催收 abc\u0000def'],
  ['a lone surrogate', '\ud800催收'],
  ['not a string', { $ne: null }],
  ['a number', 42],
];

describe('malformed queries', () => {
  it.each(malformed)('%s gives results or an empty list', async (_name, q) => {
    for (const kind of ['all', 'story', 'reply'] as const) {
      const page = await searchPosts(handle.db, null, { q, kind });
      expect(Array.isArray(page.items)).toBe(true);
      expect(page.hasNext).toBe(false);
    }
    const similar = await findSimilarThreads(handle.db, { text: q });
    expect(Array.isArray(similar)).toBe(true);
  });

  it('treats operators and wildcards as text: words around them still match', async () => {
    expect((await searchPosts(handle.db, null, { q: '"上门催收' })).items.length).toBeGreaterThan(0);
    expect((await searchPosts(handle.db, null, { q: '😭上门催收😢' })).items.length).toBeGreaterThan(0);
    // % and _ are literal: "100%" matches the title, "%_%" matches nothing.
    expect((await searchPosts(handle.db, null, { q: '100%' })).items.map((i) => i.kind)).toEqual(['story']);
    expect((await searchPosts(handle.db, null, { q: '%_%' })).items).toEqual([]);
    expect((await searchPosts(handle.db, null, { q: '费用_明细' })).items).toHaveLength(1);
  });

  it('leaves the tables as they were after a query of SQL', async () => {
    await searchPosts(handle.db, null, { q: "'); drop table threads; --" });
    const [row] = await handle.db.select({ n: count() }).from(threads);
    expect(row!.n).toBe(1);
  });

  it('refuses nothing in the filters either: bad ids and pages fall back to defaults', async () => {
    const page = await searchPosts(handle.db, null, {
      q: '催收',
      kind: 'everything' as never,
      stageId: 'abc',
      outcomeId: -1,
      lenderId: 1e12,
      page: 'last',
    });
    expect(page.page).toBe(1);
    expect(page.items.length).toBeGreaterThan(0);
    expect((await searchPosts(handle.db, null, { q: '催收', page: 99 })).page).toBe(1);
  });
});
