import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '@/db/connect';
import { seedSyntheticStories } from '@/db/seed/synthetic';
import { findSimilarThreads } from '@/lib/search/find-similar-threads';
import { searchPosts } from '@/lib/search/search';
import type { SearchInput } from '@/lib/search/schemas';
import { createTestDatabase, plansOf, testDatabaseKind, type TestDatabase } from '../../support/test-database';

// Plans are checked on real PostgreSQL with 10,000 stories (and 30,000
// replies) whose search_text was filled by the segmenter, like
// tests/integration/threads/query-plans.test.ts does for lists.
const onPostgres = testDatabaseKind === 'postgres';
const SEQUENTIAL = /Seq Scan on (threads|replies)\b/;

let handle: TestDatabase;

beforeAll(async () => {
  if (!onPostgres) return;
  handle = await createTestDatabase();
  await seedSyntheticStories(handle.db, { stories: 10_000, repliesPerStory: 3 });
}, 300_000);
afterAll(() => handle?.close());


const searches: [string, SearchInput][] = [
  ['a collection term', { q: '上门催收' }],
  ['a two-character word (tokens only)', { q: '律师' }],
  ['a lender name', { q: '招联金融' }],
  ['English words', { q: 'collection calls' }],
  ['a number', { q: '4321' }],
  ['mixed Chinese and English', { q: 'iPhone 催收' }],
  ['a substring only the trigram index finds', { q: '门催收了' }],
  ['stories with a stage and lender', { q: '停息挂账', kind: 'story', stageId: 6, lenderId: 7 }],
  ['replies only', { q: '12378', kind: 'reply' }],
  ['a later page', { q: '律师函', page: 3 }],
];

describe.skipIf(!onPostgres)('search query plans with 10,000 stories on PostgreSQL', () => {
  it('filled search_text for every synthetic story and reply', async () => {
    const [row] = await selectRows<{ threads: number; replies: number }>(
      handle.db,
      sql`select (select count(*) from threads where search_text = '')::int as threads,
                 (select count(*) from replies where search_text = '')::int as replies`,
    );
    expect(row).toEqual({ threads: 0, replies: 0 });
  });

  it.each(searches)('search for %s uses indexes only', async (_name, input) => {
    const page = await searchPosts(handle.db, null, input);
    if (input.q !== '4321' && !input.page) expect(page.items.length).toBeGreaterThan(0);
    // One statement, or two when the words find a page or less and the
    // search is repeated with the substring fallback.
    const plans = await plansOf(handle, () => searchPosts(handle.db, null, input));
    expect(plans.length).toBeGreaterThanOrEqual(1);
    expect(plans.length).toBeLessThanOrEqual(2);
    for (const plan of plans) {
      expect(plan, plan).not.toMatch(SEQUENTIAL);
      expect(plan).toMatch(/threads_search_tsv_idx|replies_search_tsv_idx/);
    }
  });

  it.each([
    ['a title like existing ones', '被上门催收了怎么办，对方说要爆通讯录'],
    ['a title with a lender', '招联金融逾期两年被起诉'],
    ['an English title', 'Collection calls from a debt agency every day'],
  ])('similar threads for %s use indexes only', async (_name, text) => {
    expect((await findSimilarThreads(handle.db, { text })).length).toBeGreaterThan(0);
    const plans = await plansOf(handle, () => findSimilarThreads(handle.db, { text, limit: 5 }));
    expect(plans).toHaveLength(1);
    expect(plans[0], plans[0]).not.toMatch(SEQUENTIAL);
    expect(plans[0]).toMatch(/threads_search_tsv_idx/);
  });

  it('does not query at all for a title of common words only', async () => {
    const plans = await plansOf(handle, () => findSimilarThreads(handle.db, { text: '信用卡逾期了怎么办' }));
    expect(plans).toEqual([]);
  });
});
