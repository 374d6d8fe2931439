import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticStories } from '@/db/seed/synthetic';
import { getThreadPage } from '@/lib/threads/get-thread-page';
import { listStories, type StoryListQuery } from '@/lib/threads/list-stories';
import { createTestDatabase, plansOf, testDatabaseKind, type TestDatabase } from '../../support/test-database';

// Plans are checked on real PostgreSQL (CI always runs that project): the
// requirement is about the production engine with a realistic table size.
const onPostgres = testDatabaseKind === 'postgres';
const SEQUENTIAL = /Seq Scan on (threads|replies|thread_stages|thread_votes|reply_votes)\b/;

let handle: TestDatabase;

beforeAll(async () => {
  if (!onPostgres) return;
  handle = await createTestDatabase();
  await seedSyntheticStories(handle.db, { stories: 10_000, repliesPerStory: 3 });
}, 300_000);
afterAll(() => handle?.close());


const listQueries: [string, StoryListQuery][] = [
  ['newest', { sort: 'newest' }],
  ['active', { sort: 'active' }],
  ['helpful', { sort: 'helpful' }],
  ['settled', { sort: 'newest', settledOnly: true }],
  ['stage', { sort: 'newest', stageId: 5 }],
  ['outcome', { sort: 'newest', outcomeId: 3 }],
  ['lender', { sort: 'newest', lenderId: 7 }],
  ['stage + outcome + lender', { sort: 'newest', stageId: 5, outcomeId: 2, lenderId: 4 }],
  ['helpful + stage', { sort: 'helpful', stageId: 6 }],
  ['active + outcome', { sort: 'active', outcomeId: 1 }],
];

describe.skipIf(!onPostgres)('query plans with 10,000 stories on PostgreSQL', () => {
  it.each(listQueries)('the %s list, first and next page, uses indexes only', async (_name, query) => {
    const first = await listStories(handle.db, query);
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.nextCursor).not.toBeNull();
    for (const q of [query, { ...query, cursor: first.nextCursor! }]) {
      const plans = await plansOf(handle, () => listStories(handle.db, q));
      expect(plans).toHaveLength(2);
      for (const plan of plans) expect(plan).not.toMatch(SEQUENTIAL);
    }
  });

  it('the thread page uses indexes only', async () => {
    const plans = await plansOf(handle, () => getThreadPage(handle.db, null, 5000));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).not.toMatch(SEQUENTIAL);
  });
});
