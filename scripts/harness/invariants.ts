// What must hold in the database after any fault: acknowledged writes are
// there exactly once, and the counters agree with the rows they count.
import type { WriteRecord } from './write-load';

export type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Each check is a query returning the offending rows; an empty result means it holds. */
export const invariantChecks: Record<string, string> = {
  'thread reply_count = its replies': `
    select t.id, t.reply_count, count(r.id)::int as rows from threads t left join replies r on r.thread_id = t.id
    group by t.id having t.reply_count <> count(r.id)`,
  'thread vote counters = vote rows': `
    select t.id from threads t
    where t.helpful_count <> (select count(*) from thread_votes v where v.thread_id = t.id and v.kind = 'helpful')
       or t.me_too_count <> (select count(*) from thread_votes v where v.thread_id = t.id and v.kind = 'me_too')`,
  'reply vote counters = vote rows': `
    select r.id from replies r
    where r.helpful_count <> (select count(*) from reply_votes v where v.reply_id = r.id and v.kind = 'helpful')
       or r.me_too_count <> (select count(*) from reply_votes v where v.reply_id = r.id and v.kind = 'me_too')`,
  'every thread has a revision': `select t.id from threads t where not exists (select 1 from thread_revisions v where v.thread_id = t.id)`,
  'every reply has a revision': `select r.id from replies r where not exists (select 1 from reply_revisions v where v.reply_id = r.id)`,
  'no notification points at a missing post': `
    select n.id from notifications n
    where (n.reply_id is not null and not exists (select 1 from replies r where r.id = n.reply_id))
       or (n.thread_id is not null and not exists (select 1 from threads t where t.id = n.thread_id))`,
};

/** Names of the invariants that do not hold, with a few offending rows each. */
export async function brokenInvariants(query: Query): Promise<Record<string, unknown[]>> {
  const broken: Record<string, unknown[]> = {};
  for (const [name, text] of Object.entries(invariantChecks)) {
    const rows = await query(text);
    if (rows.length) broken[name] = rows.slice(0, 5);
  }
  return broken;
}

/**
 * How often each marker's reply is stored. Acknowledged writes must be there
 * exactly once; a write that got no answer may be there at most once.
 */
export async function writeAccounting(query: Query, records: WriteRecord[], runId: string) {
  const rows = await query(`select body from replies where body like $1`, [`故障演练 ${runId} %`]);
  const stored = new Map<string, number>();
  for (const row of rows) {
    const marker = String(row.body).split('：')[0]!;
    stored.set(marker, (stored.get(marker) ?? 0) + 1);
  }
  const acknowledged = records.filter((r) => r.outcome.kind === 'ok');
  return {
    acknowledged: acknowledged.length,
    lost: acknowledged.filter((r) => !stored.has(r.marker)).map((r) => r.marker),
    duplicated: [...stored].filter(([, n]) => n > 1).map(([marker]) => marker),
    /** Refused writes (a code came back) that were stored anyway. */
    refusedButStored: records.filter((r) => r.outcome.kind === 'refused' && stored.has(r.marker)).map((r) => r.marker),
    storedTotal: rows.length,
  };
}
