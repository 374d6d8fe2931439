import { sql } from 'drizzle-orm';
import { searchTextOf, segmentWords, toSearchText } from '../../lib/search/segment';
import { selectRows } from '../connect';
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

/**
 * A fixed piece of synthetic text as search_text is built from it
 * (lib/search/segment.ts): its whole-word tokens, and the sub-words of its
 * compounds, which toSearchText puts after all the words of a field. jieba
 * cuts at punctuation and spaces, so a field made of such pieces and a
 * number segments piece by piece, and its search_text can be assembled in
 * SQL (checked against the segmenter on a sample after every seed).
 */
function pieces(items: string[]) {
  return {
    text: textArray(items),
    words: textArray(items.map((item) => segmentWords(item).join(' '))),
    extras: textArray(items.map((item) => toSearchText(item).split(' ').slice(segmentWords(item).length).join(' '))),
  };
}

export interface SyntheticOptions {
  stories: number;
  /** Replies per story, spread over depths 0–3. */
  repliesPerStory?: number;
  users?: number;
  /**
   * Drop the secondary indexes of threads and thread_stages while loading
   * and build them afterwards (much faster for hundreds of thousands of rows).
   */
  deferIndexes?: boolean;
}

const GENERIC_TITLE = '逾期经历';
const GENERIC_OPENING = '这是一段用于性能测试的合成内容。';
const GENERIC_CLOSING = '讲述了从短信提醒到还清的过程。';
const GENERIC_REPLY = '谢谢分享，加油。';

/**
 * Bulk-generated stories for benchmarks and plan tests: SQL-side
 * generate_series, so 10,000 stories take seconds and a million a few
 * minutes. The text is filler in variants; the shape (stages, outcomes,
 * lenders, dates, votes, anonymity) follows the real distribution closely
 * enough for the planner. Calling it again adds more stories after the
 * existing ones (numbered on from them).
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
  const [before] = await selectRows<{ maxId: number; count: number }>(
    db,
    sql`select coalesce(max(id), 0)::int as "maxId", count(*)::int as count from threads`,
  );
  const first = before!.count + 1;
  const last = before!.count + options.stories;
  const titles = pieces([...TITLES, GENERIC_TITLE]);
  const openings = pieces([...OPENINGS, GENERIC_OPENING]);
  const closings = pieces([...CLOSINGS, GENERIC_CLOSING]);
  const replyTexts = pieces([...REPLIES, GENERIC_REPLY]);
  const deferred = options.deferIndexes ? await dropSecondaryIndexes(db, ['threads', 'thread_stages', 'thread_revisions', 'replies']) : [];

  await bulkLoad(db, Boolean(options.deferIndexes), async (tx) => {
    // t, o, c: which title, opening and closing variant (1-based; the last is the generic one).
    await tx.execute(sql`
      insert into threads (kind, author_id, anonymous_label, title, body, search_text, outcome_id, lender_id, amount_band_id,
                           months_overdue, is_settled, helpful_count, me_too_count, created_at, bumped_at)
      select 'story', u.ids[1 + g % ${userCount}],
             case when g % 7 = 0 then 'S' || lpad((g % 9999)::text, 3, '0') end,
             tw.title[v.t] || ' 第' || g || '篇',
             ow.opening[v.o] || '编号 ' || g || '。' || cw.closing[v.c],
             concat_ws(' ', tw.words[v.t], '第', g::text, '篇', nullif(tw.extras[v.t], ''),
                       ow.words[v.o], '编号', g::text, cw.words[v.c], nullif(ow.extras[v.o], ''), nullif(cw.extras[v.c], '')),
             1 + g % 6, (array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,99])[1 + g % 16], 1 + g % 5,
             1 + g % 36, g % 3 = 0, g % 50, g % 20,
             now() - (g || ' minutes')::interval, now() - ((g * 7) % 100000 || ' minutes')::interval
      from generate_series(${first}::int, ${last}::int) g
      cross join (select array_agg(id order by id) as ids from (select id from users order by id limit ${userCount}) x) u
      cross join (select ${titles.text} as title, ${titles.words} as words, ${titles.extras} as extras) tw
      cross join (select ${openings.text} as opening, ${openings.words} as words, ${openings.extras} as extras) ow
      cross join (select ${closings.text} as closing, ${closings.words} as words, ${closings.extras} as extras) cw
      cross join lateral (select
        case when g % 4 = 0 then 1 + (g / 4) % ${TITLES.length} else ${TITLES.length + 1} end as t,
        case when g % 3 = 0 then 1 + (g / 3) % ${OPENINGS.length} else ${OPENINGS.length + 1} end as o,
        case when g % 5 = 0 then 1 + (g / 5) % ${CLOSINGS.length} else ${CLOSINGS.length + 1} end as c) v`);
    await tx.execute(sql`
      insert into thread_stages (thread_id, stage_id)
      select t.id, s.id from threads t join stages s
        on s.id <= 1 + t.id % 7 or (t.is_settled and s.slug = 'settled')
      where t.id > ${before!.maxId}
      on conflict do nothing`);
    await tx.execute(sql`
      insert into thread_revisions (thread_id, revision, title, body, editor_id, created_at)
      select id, 1, title, body, author_id, created_at from threads where id > ${before!.maxId}
      on conflict do nothing`);
    if (perStory > 0) {
      await tx.execute(sql`
        insert into replies (thread_id, depth, author_id, body, search_text, created_at)
        select t.id, 0, u.ids[1 + (t.id + r) % ${userCount}], rw.body[v.i], rw.words[v.i] || coalesce(' ' || nullif(rw.extras[v.i], ''), ''),
               t.created_at + (r || ' minutes')::interval
        from threads t cross join generate_series(1, ${perStory}) r
        cross join (select array_agg(id order by id) as ids from (select id from users order by id limit ${userCount}) x) u
        cross join (select ${replyTexts.text} as body, ${replyTexts.words} as words, ${replyTexts.extras} as extras) rw
        cross join lateral (select case when (t.id + r) % 6 = 0 then 1 + ((t.id + r) / 6) % ${REPLIES.length}
                                        else ${REPLIES.length + 1} end as i) v
        where t.id > ${before!.maxId}`);
      await tx.execute(sql`update threads set reply_count = ${perStory} where id > ${before!.maxId}`);
    }
  });
  await rebuildIndexes(db, deferred);
  await checkSearchText(db, before!.maxId);
  // As autovacuum would have by now: statistics, and GIN pending lists merged
  // into the indexes (bulk writes leave them long, which skews plans).
  await db.execute(sql`vacuum analyze`);
}

/**
 * One synthetic story with `replies` replies (in chains of four levels:
 * each top-level reply is followed by a reply to it, a reply to that, and
 * one more), for benchmarks of the thread page. Returns the thread's id.
 */
export async function seedSyntheticThread(db: Database, options: { replies: number; title: string }): Promise<number> {
  const body = `${GENERIC_OPENING}这个帖子有 ${options.replies} 条回复。${GENERIC_CLOSING}`;
  const [thread] = await selectRows<{ id: number }>(
    db,
    sql`insert into threads (kind, author_id, title, body, search_text, outcome_id, lender_id, amount_band_id,
                             months_overdue, helpful_count, reply_count)
        values ('story', (select min(id) from users), ${options.title}, ${body},
                ${searchTextOf([options.title, body])}, 1, 1, 1, 6, 3, ${options.replies})
        returning id`,
  );
  const id = thread!.id;
  await db.execute(sql`insert into thread_stages (thread_id, stage_id) select ${id}, id from stages where id <= 3`);
  await db.execute(sql`
    insert into thread_revisions (thread_id, revision, title, body, editor_id, created_at)
    select id, 1, title, body, author_id, created_at from threads where id = ${id}`);
  const replyTexts = pieces([...REPLIES, GENERIC_REPLY]);
  await db.execute(sql`
    insert into replies (thread_id, depth, author_id, body, search_text, created_at)
    select ${id}, (r - 1) % 4, u.ids[1 + r % array_length(u.ids, 1)], rw.body[v.i],
           rw.words[v.i] || coalesce(' ' || nullif(rw.extras[v.i], ''), ''),
           now() - interval '1 day' + (r || ' seconds')::interval
    from generate_series(1, ${options.replies}) r
    cross join (select array_agg(id order by id) as ids from (select id from users order by id limit 200) x) u
    cross join (select ${replyTexts.text} as body, ${replyTexts.words} as words, ${replyTexts.extras} as extras) rw
    cross join lateral (select case when r % 6 = 0 then 1 + (r / 6) % ${REPLIES.length} else ${REPLIES.length + 1} end as i) v
    order by r`);
  await db.execute(sql`
    update replies set parent_id = chain.previous
    from (select id, lag(id) over (order by id) as previous from replies where thread_id = ${id}) chain
    where replies.id = chain.id and replies.depth > 0`);
  return id;
}

/**
 * Runs the inserts of a large load in one transaction with foreign-key
 * triggers off (session_replication_role = replica, when the role may set
 * it): every id the generator writes comes from rows it has just read, and
 * millions of per-row checks would take most of the time.
 */
async function bulkLoad(db: Database, large: boolean, work: (tx: Database) => Promise<void>): Promise<void> {
  if (!large) return work(db);
  await db.transaction(async (tx) => {
    const [role] = await selectRows<{ superuser: boolean }>(tx, sql`select rolsuper as superuser from pg_roles where rolname = current_user`);
    if (role?.superuser) await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx);
  });
}

interface DeferredIndex {
  name: string;
  definition: string;
}

/** Secondary (non-unique, not constraint-backed) indexes of `tables`, dropped; their definitions returned. */
async function dropSecondaryIndexes(db: Database, tables: string[]): Promise<DeferredIndex[]> {
  const indexes = await selectRows<DeferredIndex>(
    db,
    sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
        where t.relname in (${sql.join(tables.map((table) => sql`${table}`), sql`, `)})
          and t.relnamespace = 'public'::regnamespace and not i.indisunique and not i.indisprimary`,
  );
  for (const index of indexes) await db.execute(sql.raw(`drop index "${index.name}"`));
  return indexes;
}

async function rebuildIndexes(db: Database, indexes: DeferredIndex[]): Promise<void> {
  for (const index of indexes) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
      await tx.execute(sql.raw(index.definition));
    });
  }
}

/** The assembled search_text of a sample of the new stories equals what the segmenter makes of them. */
async function checkSearchText(db: Database, afterId: number): Promise<void> {
  const sample = await selectRows<{ id: number; title: string; body: string; lenderOther: string | null; searchText: string }>(
    db,
    sql`select id, title, body, lender_other as "lenderOther", search_text as "searchText"
        from threads where id > ${afterId} order by id limit 200`,
  );
  for (const row of sample) {
    const expected = searchTextOf([row.title, row.body, row.lenderOther]);
    if (row.searchText !== expected) {
      throw new Error(`synthetic search_text of thread ${row.id} differs from the segmenter's:\n${row.searchText}\n${expected}`);
    }
  }
}
