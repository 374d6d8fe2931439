import { sql } from 'drizzle-orm';
import type { Database } from '../types';

export interface SyntheticOptions {
  stories: number;
  /** Replies per story, spread over depths 0–3. */
  repliesPerStory?: number;
  users?: number;
}

/**
 * Bulk-generated stories for benchmarks and plan tests: SQL-side
 * generate_series, so 10,000 stories take seconds, not minutes. The text is
 * filler; the shape (stages, outcomes, lenders, dates, votes, anonymity)
 * follows the real distribution closely enough for the planner.
 */
export async function seedSyntheticStories(db: Database, options: SyntheticOptions): Promise<void> {
  const userCount = options.users ?? 200;
  const perStory = options.repliesPerStory ?? 0;
  await db.execute(sql`
    insert into users (email, handle, display_name, password_hash, created_at)
    select 'synthetic' || g || '@example.test', 'synthetic' || g, '用户' || g,
           '$argon2id$v=19$m=19456,t=2,p=1$synthetic$not-a-real-hash', now() - interval '2 years'
    from generate_series(1, ${userCount}) g
    on conflict do nothing`);
  await db.execute(sql`
    insert into threads (kind, author_id, anonymous_label, title, body, outcome_id, lender_id, amount_band_id,
                         months_overdue, is_settled, helpful_count, me_too_count, created_at, bumped_at)
    select 'story',
           (select id from users order by id limit 1 offset (g % ${userCount})),
           case when g % 7 = 0 then 'S' || lpad((g % 9999)::text, 3, '0') end,
           '逾期经历 第' || g || '篇：催收、协商与上岸',
           '这是一段用于性能测试的合成内容，编号 ' || g || '。讲述了从短信提醒到协商还款的过程。',
           1 + g % 6, (array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,99])[1 + g % 16], 1 + g % 5,
           1 + g % 36, g % 3 = 0, g % 50, g % 20,
           now() - (g || ' minutes')::interval, now() - ((g * 7) % 100000 || ' minutes')::interval
    from generate_series(1, ${options.stories}) g`);
  await db.execute(sql`
    insert into thread_stages (thread_id, stage_id)
    select t.id, s.id from threads t join stages s
      on s.id <= 1 + t.id % 7 or (t.is_settled and s.slug = 'settled')
    on conflict do nothing`);
  await db.execute(sql`
    insert into thread_revisions (thread_id, revision, title, body, editor_id, created_at)
    select id, 1, title, body, author_id, created_at from threads
    on conflict do nothing`);
  if (perStory > 0) {
    await db.execute(sql`
      insert into replies (thread_id, depth, author_id, body, created_at)
      select t.id, 0, (select id from users order by id limit 1 offset ((t.id + r) % ${userCount})),
             '合成回复 ' || r, t.created_at + (r || ' minutes')::interval
      from threads t cross join generate_series(1, ${perStory}) r`);
    await db.execute(sql`update threads set reply_count = ${perStory}`);
  }
  await db.execute(sql`analyze`);
}
