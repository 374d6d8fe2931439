import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '@/db/connect';
import { seedSyntheticStories } from '@/db/seed/synthetic';
import { findSimilarThreads } from '@/lib/search/find-similar-threads';
import { HELPFUL_CANDIDATES, RECENT_CANDIDATES, searchPosts } from '@/lib/search/search';
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

  it('ranks a bounded set for a word most stories contain, not every match', async () => {
    // 逾期 is in three quarters of the synthetic titles: ranking every match
    // would grow with the forum; the newest and most helpful few hundred are
    // read in index order instead.
    const [row] = await selectRows<{ matches: number }>(
      handle.db,
      sql`select count(*)::int as matches from threads where to_tsvector('simple', search_text) @@ plainto_tsquery('simple', '逾期')`,
    );
    expect(row!.matches).toBeGreaterThan(5000);
    const input: SearchInput = { q: '逾期' };
    const page = await searchPosts(handle.db, null, input);
    expect(page.items).toHaveLength(10);
    expect(page.hasNext).toBe(true);

    const plans = await analyzedPlansOf(() => searchPosts(handle.db, null, input));
    expect(plans).toHaveLength(1);
    const examined = rowsExamined(plans[0]!);
    // Per kind: the newest and the most helpful candidates, and the rows an
    // index walk skips on the way to them (a few in four titles lack the word).
    const bound = 2 * 2 * (RECENT_CANDIDATES + HELPFUL_CANDIDATES) + 500;
    expect(examined, JSON.stringify(plans[0])).toBeLessThan(bound);
    expect(examined).toBeLessThan(row!.matches / 2);
  });

  it('keeps that bounded plan when the statement is prepared and run again and again', async () => {
    // postgres-js runs every statement as a named prepared statement, and
    // after five executions PostgreSQL may plan it once for any parameters:
    // that generic plan cannot know 逾期 is in most posts and reads every
    // match. The search sets plan_cache_mode for its transaction so each
    // execution is planned for its words; here the statement is prepared on
    // one connection, run seven times, and the seventh run is measured.
    handle.queries.length = 0;
    await searchPosts(handle.db, null, { q: '逾期' });
    const setting = handle.queries.find((q) => /^set /i.test(q.sql));
    expect(setting?.sql).toMatch(/^set local plan_cache_mode = force_custom_plan$/);
    const [statement] = statementsOf(handle.queries);
    const literals = statement!.params.map((p) => `'${String(p).replace(/'/g, "''")}'`).join(', ');
    const bound = 2 * 2 * (RECENT_CANDIDATES + HELPFUL_CANDIDATES) + 500;

    const seventhRun = (mode: string) =>
      handle.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local plan_cache_mode = ${mode}`));
        await tx.execute(sql.raw(`prepare repeated_search as ${statement!.sql}`));
        for (let run = 0; run < 6; run++) await tx.execute(sql.raw(`execute repeated_search(${literals})`));
        const rows = await selectRows<Record<string, unknown>>(tx, sql.raw(`explain (analyze, format json) execute repeated_search(${literals})`));
        await tx.execute(sql`deallocate repeated_search`);
        const value = Object.values(rows[0]!)[0];
        return ((typeof value === 'string' ? JSON.parse(value) : value) as { Plan: PlanNode }[])[0]!.Plan;
      });

    const searched = await seventhRun(setting!.sql.replace(/^set local plan_cache_mode = /, ''));
    expect(rowsExamined(searched), JSON.stringify(searched)).toBeLessThan(bound);
    // The hazard the setting avoids: planned generically, the same
    // statement reads every story holding the word.
    expect(rowsExamined(await seventhRun('force_generic_plan'))).toBeGreaterThan(bound);
  });
});

/** The statements a search sent that have a plan (not the SET before them). */
function statementsOf(queries: { sql: string; params: unknown[] }[]) {
  return queries.filter((q) => !/^set /i.test(q.sql));
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN ANALYZE (as JSON) of every statement `run` sent. */
async function analyzedPlansOf(run: () => Promise<unknown>): Promise<PlanNode[]> {
  handle.queries.length = 0;
  await run();
  const plans: PlanNode[] = [];
  for (const { sql: text, params } of statementsOf(handle.queries)) {
    const rows = await handle.query(`explain (analyze, format json) ${text}`, params);
    const value = Object.values(rows[0]!)[0];
    const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as { Plan: PlanNode }[];
    plans.push(parsed[0]!.Plan);
  }
  return plans;
}

/** Rows of threads and replies a plan read: returned or filtered away, over every loop. */
function rowsExamined(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'threads' || node['Relation Name'] === 'replies'
      ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
        (node['Actual Loops'] ?? 1)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsExamined(child), 0);
}

