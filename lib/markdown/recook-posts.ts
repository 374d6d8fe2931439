import { and, asc, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { replies, threads } from '@/db/schema';
import type { Database } from '@/db/types';
import { cookBody, RENDERER_VERSION } from './cook';

const BATCH = 200;

export interface RecookOptions {
  /** The renderer version to cook to; tests inject a bumped one. */
  version?: number;
  batchSize?: number;
  /** Called after each batch with the running totals. */
  onProgress?: (progress: { table: 'threads' | 'replies'; cooked: number }) => void;
}

/**
 * Re-cooks every post whose stored HTML is older than the renderer (or was
 * never cooked: rows from before cooking existed, bulk-seeded rows). Walks
 * each table by id in small batches, one short UPDATE per batch, so it can
 * run beside live traffic on PGlite's single connection without holding a
 * long transaction. A post written meanwhile is cooked by its writer with the
 * current version and is skipped by the version condition. Idempotent.
 */
export async function recookPosts(db: Database, options: RecookOptions = {}): Promise<{ threads: number; replies: number }> {
  const version = options.version ?? RENDERER_VERSION;
  const batch = options.batchSize ?? BATCH;
  const totals = { threads: 0, replies: 0 };
  for (const [name, table] of [
    ['threads', threads],
    ['replies', replies],
  ] as const) {
    for (let after = 0; ; ) {
      const rows = await db
        .select({ id: table.id, body: table.body })
        .from(table)
        .where(and(gt(table.id, after), or(isNull(table.renderVersion), lt(table.renderVersion, version))))
        .orderBy(asc(table.id))
        .limit(batch);
      if (rows.length === 0) break;
      const cooked = rows.map((row) => ({ id: row.id, ...cookBody(row.body, version) }));
      await db.execute(sql`
        update ${table} set body_html = v.html, body_html_en = v.html_en, render_version = v.version
        from json_to_recordset(${JSON.stringify(
          cooked.map((c) => ({ id: c.id, html: c.bodyHtml, html_en: c.bodyHtmlEn, version: c.renderVersion })),
        )}::json) as v(id integer, html text, html_en text, version smallint)
        where ${table.id} = v.id
          -- A writer that cooked the row meanwhile wins.
          and (${table.renderVersion} is null or ${table.renderVersion} < v.version)`);
      totals[name] += rows.length;
      options.onProgress?.({ table: name, cooked: totals[name] });
      if (rows.length < batch) break;
      after = rows[rows.length - 1]!.id;
    }
  }
  return totals;
}
