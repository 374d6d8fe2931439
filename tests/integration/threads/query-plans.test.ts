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

  it('page 1 of a 10,000-reply thread reads a page of replies, not all of them', async () => {
    const [picked] = (await handle.query('select id from threads order by id limit 1 offset 100')) as { id: number }[];
    const threadId = picked!.id;
    await handle.query(
      `insert into replies (thread_id, depth, author_id, body, body_html, render_version)
       select $1, 0, (select id from users order by id limit 1), '第' || g || '条', '<p>第' || g || '条</p>', 1
       from generate_series(1, 10000) g`,
      [threadId],
    );
    // Every tenth top-level reply has a reply below it.
    await handle.query(
      `insert into replies (thread_id, parent_id, root_id, depth, author_id, body)
       select $1, id, id, 1, author_id, '回复' from replies where thread_id = $1 and parent_id is null and id % 10 = 0`,
      [threadId],
    );
    await handle.query('analyze replies');
    handle.queries.length = 0;
    const page = await getThreadPage(handle.db, null, threadId);
    expect(page.nextCursor).not.toBeNull();
    let repliesRead = 0;
    for (const { sql, params } of [...handle.queries]) {
      const [row] = await handle.query(`explain (analyze, format json) ${sql}`, params);
      const plan = JSON.stringify(Object.values(row!)[0]);
      expect(plan).not.toMatch(/"Node Type":"Seq Scan","[^}]*"Relation Name":"replies"/);
      repliesRead += rowsReadFrom(JSON.parse(plan), 'replies');
    }
    expect(repliesRead).toBeLessThan(1000);
  }, 120_000);

  it('the thread page uses indexes only', async () => {
    const plans = await plansOf(handle, () => getThreadPage(handle.db, null, 5000));
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).not.toMatch(SEQUENTIAL);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
  Plan?: PlanNode;
}

/** Rows the executor took from a table, kept or filtered out, over the whole plan. */
function rowsReadFrom(node: PlanNode | PlanNode[], table: string): number {
  if (Array.isArray(node)) return node.reduce((sum, n) => sum + rowsReadFrom(n, table), 0);
  const own =
    node['Relation Name'] === table ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1) : 0;
  return own + (node.Plan ? rowsReadFrom(node.Plan, table) : 0) + (node.Plans ? rowsReadFrom(node.Plans, table) : 0);
}
