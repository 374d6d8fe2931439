import { sql } from 'drizzle-orm';
import { backfillSearchText } from '../../lib/search/backfill-search-text';
import type { Database } from '../types';

// Filler text: most rows say the same generic thing, and one in four (or
// five, or six) takes one of a few dozen variants, so a specific search
// word matches about one percent of the rows, as a collection term or a
// lender's name does in real stories. (A word in every row is rightly
// answered by a full scan, which would make the plan tests meaningless.)
const TITLES = [
  '被上门催收了怎么办', '律师函真的会起诉吗', '申请停息挂账的过程', '协商还款成功分期五年',
  '招联金融天天打电话', '花呗逾期半年的经历', '借呗协商延期还款', '微粒贷逾期后征信怎么样',
  '京东白条催收爆通讯录', '美团月付逾期第三个月', '信用卡中心同意个性化分期', '收到法院传票后的调解',
  '网贷以贷养贷终于上岸', '暴力催收如何投诉', '结清后开结清证明', '最低还款还是全额结清',
  '减免利息和违约金的谈判', '被起诉后强制执行', '诉前调解员打来电话', '限制高消费怎么解除',
  '工行信用卡逾期两年', '浦发银行协商失败', '平安银行委外催收', 'Collection calls from a debt agency',
  'iPhone分期逾期，催收打爆电话',
];
const OPENINGS = [
  '这是一段用于性能测试的合成内容。', '那天下午接到电话，对方语气很冲。', '我先记下了时间和工号。',
  '家里人一直不知道这件事。', '工资到账当天就被扣走了。', '客服说可以申请延期。',
  '我打了十二次客服电话才接通。', '朋友劝我先去咨询律师。', '短信一天来了五条。',
  '他们说要联系我的单位。', '我把每次通话都录了音。', '每个月的利息比本金还多。',
  '对方自称是法务部的。', '第一次逾期是因为生病住院。', '后来换了一份工作。',
  '银行的态度比网贷好很多。', '我在网上查了很多资料。', '终于敢把账单全部打开看了。',
  'I kept a log of every call.',
];
const CLOSINGS = [
  '讲述了从短信提醒到协商还款的过程。', '希望对同样处境的人有帮助。', '现在每月按时还款。',
  '最后谈成了三十六期。', '目前还在等银行的回复。', '征信已经恢复正常了。', '减免了一部分违约金。',
  '调解员帮了很大的忙。', '投诉之后电话明显少了。', '家人知道后反而支持我。',
  '还剩最后两期就结清了。', '律师建议保留所有证据。', '起诉后反而更好谈了。',
  '停息挂账批下来了。', '上门的人只来过一次。', '通讯录里的朋友都被打过电话。',
  '分期手续费也谈下来了。', '我开始记账了。', '协商失败，准备再试一次。',
  '法院判决按合同还本金。', '现在睡得着觉了。', '先还了利息最高的那一笔。',
  'The bank agreed to a payment plan.',
];
const REPLIES = [
  '谢谢分享，我也在经历类似的事。', '上门催收的话可以报警。', '建议先打信用卡中心的客服。',
  '律师函大多是吓唬人的。', '停息挂账要准备收入证明。', '我也是招联金融，一样的情况。',
  '征信要五年才能消除。', '记得要书面的还款协议。', '花呗可以申请延期吗？',
  '暴力催收可以打12378投诉。', '加油，一定能上岸。', '调解的时候别急着签字。',
  '我当时是全额结清的。', '减免违约金要坚持谈。', 'Same here, they called my employer.',
  '先把网贷的利率算清楚。', '被起诉也不用太害怕。',
];

const textArray = (items: string[]) => sql`array[${sql.join(items.map((t) => sql`${t}`), sql`, `)}]::text[]`;

export interface SyntheticOptions {
  stories: number;
  /** Replies per story, spread over depths 0–3. */
  repliesPerStory?: number;
  users?: number;
}

/**
 * Bulk-generated stories for benchmarks and plan tests: SQL-side
 * generate_series, so 10,000 stories take seconds, not minutes. The text is
 * filler in variants; the shape (stages, outcomes, lenders, dates, votes, anonymity)
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
           case when g % 4 = 0 then (${textArray(TITLES)})[1 + (g / 4) % ${TITLES.length}] else '逾期经历' end
             || ' 第' || g || '篇',
           case when g % 3 = 0 then (${textArray(OPENINGS)})[1 + (g / 3) % ${OPENINGS.length}]
                else '这是一段用于性能测试的合成内容。' end || '编号 ' || g || '。' ||
           case when g % 5 = 0 then (${textArray(CLOSINGS)})[1 + (g / 5) % ${CLOSINGS.length}]
                else '讲述了从短信提醒到还清的过程。' end,
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
             case when (t.id + r) % 6 = 0 then (${textArray(REPLIES)})[1 + ((t.id + r) / 6) % ${REPLIES.length}]
                  else '谢谢分享，加油。' end,
             t.created_at + (r || ' minutes')::interval
      from threads t cross join generate_series(1, ${perStory}) r`);
    await db.execute(sql`update threads set reply_count = ${perStory}`);
  }
  // Segmented in the app, as every real post is (lib/search/segment.ts).
  await backfillSearchText(db);
  // As autovacuum would have by now: statistics, and GIN pending lists merged
  // into the indexes (bulk updates leave them long, which skews plans).
  await db.execute(sql`vacuum analyze`);
}
