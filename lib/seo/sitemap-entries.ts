import { and, asc, between, max } from 'drizzle-orm';
import { threads } from '@/db/schema';
import type { Database } from '@/db/types';
import { listedThreads } from '../threads/visibility';

/** Threads per sitemap file; well under the protocol's 50,000 URLs. */
export const THREADS_PER_SITEMAP = 5000;

/** One sitemap file's slice of thread ids, inclusive. */
export interface SitemapRange {
  fromId: number;
  toId: number;
}

export interface SitemapThread {
  id: number;
  title: string;
  kind: 'story' | 'question';
  bumpedAt: Date;
}

/**
 * Splits the thread id space into fixed ranges of `perFile` ids. A range can
 * never hold more than `perFile` threads, each file is one primary-key range
 * scan, and no query counts or skips rows.
 */
export async function listSitemapRanges(db: Database, perFile = THREADS_PER_SITEMAP): Promise<SitemapRange[]> {
  const [row] = await db.select({ maxId: max(threads.id) }).from(threads);
  const maxId = row?.maxId ?? 0;
  const ranges: SitemapRange[] = [];
  for (let fromId = 1; fromId <= maxId; fromId += perFile) ranges.push({ fromId, toId: fromId + perFile - 1 });
  return ranges;
}

/** Published stories and questions whose id falls in the range, by id. */
export async function listSitemapThreads(db: Database, range: SitemapRange): Promise<SitemapThread[]> {
  return db
    .select({ id: threads.id, title: threads.title, kind: threads.kind, bumpedAt: threads.bumpedAt })
    .from(threads)
    .where(and(between(threads.id, range.fromId, range.toId), listedThreads()))
    .orderBy(asc(threads.id));
}
