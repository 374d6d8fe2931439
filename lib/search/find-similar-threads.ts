import { and, desc, ne, sql, type SQL } from 'drizzle-orm';
import { threads } from '@/db/schema';
import type { Database } from '@/db/types';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { threadPath } from '../threads/slug';
import { listedThreads } from '../threads/visibility';
import { similarInputSchema, type SimilarInput } from './schemas';
import { cleanQuery, distinctiveWords } from './segment';

export interface SimilarThread {
  id: number;
  kind: 'story' | 'question';
  title: string;
  href: string;
  replyCount: number;
}

/**
 * Published threads like a title being written, so a member can read an
 * existing thread before starting another.
 *
 * A thread qualifies when its search_text holds any of the title's
 * distinctive words (OR over the GIN token index), ranked by ts_rank: the
 * more words it shares, and the more often, the higher; newer first on
 * ties. Words nearly every thread contains (逾期, 信用卡, 怎么办 …) are
 * left out (distinctiveWords): they would match most of the table, say
 * nothing about being alike and turn an index lookup into a full scan; a
 * title made only of them gets no suggestions.
 *
 * Trigram similarity of titles (pg_trgm's %) was tried and left out: on a
 * table where many titles share phrases, the planner rightly prefers
 * reading every row to scanning the trigram index for a whole title.
 */
export async function findSimilarThreads(db: Database, input: SimilarInput): Promise<SimilarThread[]> {
  const parsed = similarInputSchema.parse(input);
  // The browser masks the draft title before sending it; masking again here
  // keeps a number an older client sent out of the query and its logs.
  const words = distinctiveWords(cleanQuery(maskPersonalData(parsed.text).text));
  if (!words.length) return [];

  const vector = sql`to_tsvector('simple', ${threads.searchText})`;
  const anyWord = sql.join(
    words.map((word) => sql`plainto_tsquery('simple', ${word})`),
    sql` || `,
  );
  const conditions: SQL[] = [listedThreads(), sql`${vector} @@ (${anyWord})`];
  if (parsed.excludeId !== undefined) conditions.push(ne(threads.id, parsed.excludeId));
  const rows = await db
    .select({ id: threads.id, kind: threads.kind, title: threads.title, replyCount: threads.replyCount })
    .from(threads)
    .where(and(...conditions))
    .orderBy(desc(sql`ts_rank(${vector}, ${anyWord})`), desc(threads.createdAt), desc(threads.id))
    .limit(parsed.limit);
  return rows.map((row) => ({ ...row, href: threadPath(row.id, row.title) }));
}
