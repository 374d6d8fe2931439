import { and, eq, sql, type SQL } from 'drizzle-orm';
import { replies, threads, threadStages, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Viewer } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { authorColumns, toAuthorView } from '../threads/author';
import type { AuthorView } from '../threads/dto';
import { replyPermalink, threadPath } from '../threads/slug';
import { listedThreads } from '../threads/visibility';
import { MAX_SEARCH_PAGE, searchInputSchema, SEARCH_PAGE_SIZE, type SearchInput, type SearchKind } from './schemas';
import { queryTerms, type QueryTerms } from './segment';
import { highlight, snippet, type Segment } from './snippet';

export interface SearchResult {
  kind: 'story' | 'question' | 'reply';
  /** The thread's id, or the reply's. */
  id: number;
  threadId: number;
  /** Where the result opens: the thread, or the reply inside it. */
  href: string;
  /** The thread's title; marked when it is the match itself (not for replies). */
  title: Segment[];
  snippet: Segment[];
  author: AuthorView;
  createdAt: Date;
  helpfulCount: number;
  /** Replies under a thread result; null for a reply. */
  replyCount: number | null;
}

export interface SearchPage {
  /** The query as it was searched (normalized and cut to length). */
  query: string;
  /** False when the query held no words at all (only punctuation or emoji). */
  searchable: boolean;
  items: SearchResult[];
  page: number;
  hasNext: boolean;
}

/** The 'simple' configuration and expression exactly as the GIN indexes of migration 0005 have them. */
const tsvector = (column: SQL) => sql`to_tsvector('simple', ${column})`;

/** A LIKE pattern that matches `text` literally anywhere (%, _ and \ escaped). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The trigram index narrows ILIKE only for three or more characters; a
 * shorter query is a whole word or two, which the token index answers.
 */
const MIN_SUBSTRING_LENGTH = 3;

/**
 * Newest matches of each kind that are ranked: enough for every page a
 * search serves (MAX_SEARCH_PAGE of SEARCH_PAGE_SIZE), so paging through
 * never changes which posts compete.
 */
export const RECENT_CANDIDATES = MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE;
/** Most helpful matching threads of each kind that are ranked too, however old. */
export const HELPFUL_CANDIDATES = 100;

/**
 * Published stories, questions and replies matching a query, best first.
 *
 * A post matches when its search_text holds every query word (the GIN index
 * on to_tsvector('simple', search_text)). When that finds no more than one
 * page and the query has three or more characters, the search is run again
 * also accepting posts whose title or body contains the query verbatim (the
 * trigram indexes): the fallback for substrings segmentation cut
 * differently (门催收, part of a name or an English word). Running it only
 * then keeps a common word's search on the token index alone; a query the
 * tokens answer well never pays for three more index scans.
 *
 * Only a bounded set of candidates is ranked (threadCandidates,
 * replyCandidates): the newest matches of each kind and the most helpful
 * threads, read in index order. A word in most posts costs the same at ten
 * thousand stories as at a million instead of ranking every match; a rarer
 * word's matches all fit in that set and are ranked exactly as before.
 *
 * Ranking, highest first (each part is on a 0–1 scale before its weight):
 *
 *   score = 1.0 · phrase     the query's words stand next to each other, in order
 *         + 1.0 · title      share of the query's words found in the thread title (threads only)
 *         + 0.5 · verbatim   the query text occurs as typed in the title or body
 *         + 1.0 · text       ts_rank_cd over search_text, capped at 1 (how much the post is about it)
 *         + 0.15 · ln(1 + helpful votes)
 *         + 0.25 · 2^(−age in days / 180)   recency, halving every six months
 *
 * Relevance dominates: votes and recency order posts that match about
 * equally well. Ties go to the newer post.
 *
 * Only published posts appear, and replies only under a published thread,
 * whoever searches: the moderation queue is where staff find the rest.
 * Authors are selected through authorColumns, so an anonymous author's
 * identity is never loaded.
 */
export async function searchPosts(
  db: Database,
  _viewer: Viewer,
  input: SearchInput,
  clock: Clock = systemClock,
): Promise<SearchPage> {
  const parsed = searchInputSchema.parse(input);
  const terms = queryTerms(parsed.q);
  if (!terms.match.length) return { query: terms.text, searchable: false, items: [], page: parsed.page, hasNext: false };

  const query = { terms, now: clock(), kind: parsed.kind, filters: threadFilters(parsed), page: parsed.page };
  let rows = await runSearch(db, { ...query, substring: false });
  const tokensEndHere = rows.length <= SEARCH_PAGE_SIZE && (parsed.page === 1 || rows.length === 0);
  if (tokensEndHere && Array.from(terms.text).length >= MIN_SUBSTRING_LENGTH) {
    rows = await runSearch(db, { ...query, substring: true });
  }

  const items = rows.slice(0, SEARCH_PAGE_SIZE).map((row): SearchResult => {
    const isReply = row.kind === 'reply';
    const base = threadPath(row.threadId, row.threadTitle);
    return {
      kind: row.kind,
      id: row.id,
      threadId: row.threadId,
      href: isReply ? replyPermalink(base, row.id) : base,
      title: isReply ? [{ text: row.threadTitle, mark: false }] : highlight(row.threadTitle, terms.highlight),
      snippet: snippet(row.body, terms.highlight),
      author: toAuthorView(row),
      createdAt: row.createdAt,
      helpfulCount: row.helpfulCount,
      replyCount: isReply ? null : row.replyCount,
    };
  });
  return { query: terms.text, searchable: true, items, page: parsed.page, hasNext: rows.length > SEARCH_PAGE_SIZE };
}

interface SearchQuery {
  terms: QueryTerms;
  now: Date;
  kind: SearchKind;
  filters: SQL[];
  page: number;
  /** Also match the query verbatim in title and body (trigram indexes). */
  substring: boolean;
}

/**
 * One page (and one row more, to know if another follows) of threads and
 * replies by score.
 *
 * Planned for its parameters every time (plan_cache_mode =
 * force_custom_plan, for this transaction only). postgres-js runs every
 * statement as a named prepared statement, and after five executions
 * PostgreSQL may switch to a generic plan, made without knowing the query
 * words: it then guesses a few dozen matches for any tsquery, reads every
 * match from the token index and sorts them. For a word in most posts that
 * is the whole table (seconds, with parallel workers, at a million stories)
 * instead of a walk of the created_at and helpful_count indexes that stops
 * after a few hundred rows, which only a plan that sees the word's
 * frequency chooses. Planning costs a few milliseconds; a wrong generic plan
 * costs the whole search (tests/integration/search/plans.test.ts checks the
 * statement prepared and run repeatedly).
 */
async function runSearch(db: Database, query: SearchQuery) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    return searchStatement(tx, query);
  });
}

function searchStatement(db: Database, query: SearchQuery) {
  const parts = [];
  if (query.kind !== 'reply') parts.push(threadQuery(db, query));
  if (query.kind === 'all' || query.kind === 'reply') parts.push(replyQuery(db, query));
  const [first, second] = parts;
  const union = second ? first!.unionAll(second) : first!;
  return union
    .orderBy(sql`score desc`, sql`created_at desc`, sql`id desc`)
    .limit(SEARCH_PAGE_SIZE + 1)
    .offset((query.page - 1) * SEARCH_PAGE_SIZE);
}


/** Stage, outcome and lender describe a thread; a reply is filtered by its thread's. */
function threadFilters(input: { stageId?: number; outcomeId?: number; lenderId?: number }): SQL[] {
  const conditions: SQL[] = [];
  if (input.stageId !== undefined) {
    conditions.push(
      sql`exists (select 1 from ${threadStages} where ${threadStages.threadId} = ${threads.id} and ${threadStages.stageId} = ${input.stageId})`,
    );
  }
  if (input.outcomeId !== undefined) conditions.push(eq(threads.outcomeId, input.outcomeId));
  if (input.lenderId !== undefined) conditions.push(eq(threads.lenderId, input.lenderId));
  return conditions;
}

/** The match condition and the parts of the score that do not depend on where the text sits. */
function matching(query: SearchQuery, searchText: SQL, texts: SQL[]) {
  const { terms } = query;
  const vector = tsvector(searchText);
  const words = sql`plainto_tsquery('simple', ${terms.match.join(' ')})`;
  // Each space-separated part of the query as a phrase; all parts must hold.
  const phrase = sql.join(
    terms.phrases.map((p) => sql`phraseto_tsquery('simple', ${p.join(' ')})`),
    sql` && `,
  );
  const verbatimIn = sql.join(
    texts.map((t) => sql`${t} ilike ${containsPattern(terms.text)}`),
    sql` or `,
  );
  const match = query.substring ? sql`(${vector} @@ ${words} or ${verbatimIn})` : sql`${vector} @@ ${words}`;
  const score = sql`(case when ${vector} @@ (${phrase}) then 1.0 else 0 end)
    + 0.5 * (case when ${verbatimIn} then 1 else 0 end)
    + least(ts_rank_cd(${vector}, ${words}), 1.0)`;
  return { match, score };
}

function popularity(helpful: SQL, createdAt: SQL, now: Date): SQL {
  return sql`0.15 * ln(1 + greatest(${helpful}, 0))
    + 0.25 * power(2, -greatest(extract(epoch from (${now.toISOString()}::timestamptz - ${createdAt}))::float8, 0) / (180 * 86400.0))`;
}

/** Share of the query's words the title contains (ILIKE per word, so English plurals still count). */
function titleCoverage(terms: QueryTerms): SQL {
  const hits = terms.match.map((word) => sql`(case when ${threads.title} ilike ${containsPattern(word)} then 1 else 0 end)`);
  return sql`((${sql.join(hits, sql` + `)})::float / ${terms.match.length})`;
}

function threadQuery(db: Database, query: SearchQuery) {
  const { terms, now } = query;
  const { score } = matching(query, sql`${threads.searchText}`, [sql`${threads.title}`, sql`${threads.body}`]);
  return db
    .select({
      kind: sql<'story' | 'question' | 'reply'>`${threads.kind}::text`.as('kind'),
      id: sql<number>`${threads.id}`.as('id'),
      threadId: sql<number>`${threads.id}`.as('thread_id'),
      threadTitle: sql<string>`${threads.title}`.as('thread_title'),
      body: sql<string>`${threads.body}`.as('body'),
      depth: sql<number>`0`.as('depth'),
      createdAt: sql<Date>`${threads.createdAt}`.mapWith(threads.createdAt).as('created_at'),
      helpfulCount: sql<number>`${threads.helpfulCount}`.as('helpful_count'),
      replyCount: sql<number>`${threads.replyCount}`.as('reply_count'),
      ...aliasedAuthor(threads.anonymousLabel),
      score: sql<number>`(${score} + 1.0 * ${titleCoverage(terms)} + ${popularity(sql`${threads.helpfulCount}`, sql`${threads.createdAt}`, now)})::float8`.as('score'),
    })
    .from(threads)
    .innerJoin(users, eq(users.id, threads.authorId))
    .where(sql`${threads.id} = any(array(${threadCandidates(query)}))`);
}

/**
 * The threads a search ranks: for each kind searched, the newest
 * RECENT_CANDIDATES matches and the HELPFUL_CANDIDATES most helpful ones,
 * each read in the order of a (kind, status, created_at | helpful_count)
 * index. For a word most posts contain, PostgreSQL walks that index and
 * stops after a few hundred rows, so the search costs the same at ten
 * thousand stories and at a million; for a rarer word it reads the matches
 * from the token index and keeps the top of them. Either way only a bounded
 * set is ranked, never every match. The inner queries name the threads table
 * as the outer one does: each condition binds to the nearest scope.
 */
function threadCandidates(query: SearchQuery): SQL {
  const { match } = matching(query, sql`${threads.searchText}`, [sql`${threads.title}`, sql`${threads.body}`]);
  const kinds = query.kind === 'story' || query.kind === 'question' ? [query.kind] : (['story', 'question'] as const);
  const orders: [SQL, number][] = [
    [sql`${threads.createdAt} desc, ${threads.id} desc`, RECENT_CANDIDATES],
    [sql`${threads.helpfulCount} desc, ${threads.id} desc`, HELPFUL_CANDIDATES],
  ];
  const parts = kinds.flatMap((kind) =>
    orders.map(
      ([order, limit]) =>
        sql`(select ${threads.id} from ${threads}
             where ${and(eq(threads.kind, kind), listedThreads(), match, ...query.filters)}
             order by ${order} limit ${sql.raw(String(limit))})`,
    ),
  );
  return sql.join(parts, sql` union `);
}

/**
 * Replies, each with its thread looked up by primary key (a LATERAL
 * subquery; its LIMIT 1, true anyway of a primary-key lookup, keeps the
 * planner from flattening it into a plain join), so the cost
 * follows the number of matching replies and never means reading every
 * thread to hash-join a few hundred replies. The thread's visibility and the
 * filters sit inside that lookup: a reply whose thread is hidden or does not
 * fit has no row to join and drops out.
 */
function replyQuery(db: Database, query: SearchQuery) {
  const { now } = query;
  const { score } = matching(query, sql`${replies.searchText}`, [sql`${replies.body}`]);
  const thread = db
    .select({ title: threads.title })
    .from(threads)
    .where(and(eq(threads.id, replies.threadId), listedThreads(), ...query.filters))
    .limit(1)
    .as('thread');
  return db
    .select({
      kind: sql<'story' | 'question' | 'reply'>`'reply'`.as('kind'),
      id: sql<number>`${replies.id}`.as('id'),
      threadId: sql<number>`${replies.threadId}`.as('thread_id'),
      threadTitle: sql<string>`${thread.title}`.as('thread_title'),
      body: sql<string>`${replies.body}`.as('body'),
      depth: sql<number>`${replies.depth}`.as('depth'),
      createdAt: sql<Date>`${replies.createdAt}`.mapWith(replies.createdAt).as('created_at'),
      helpfulCount: sql<number>`${replies.helpfulCount}`.as('helpful_count'),
      replyCount: sql<number>`0`.as('reply_count'),
      ...aliasedAuthor(replies.anonymousLabel),
      score: sql<number>`(${score} + ${popularity(sql`${replies.helpfulCount}`, sql`${replies.createdAt}`, now)})::float8`.as('score'),
    })
    .from(replies)
    .crossJoinLateral(thread)
    .innerJoin(users, eq(users.id, replies.authorId))
    .where(sql`${replies.id} = any(array(${replyCandidates(query)}))`);
}

/**
 * The replies a search ranks: the newest RECENT_CANDIDATES matches (by id,
 * the primary key's order, which is the order they were written in) whose
 * thread is listed and fits the filters. Bounded like threadCandidates.
 */
function replyCandidates(query: SearchQuery): SQL {
  const { match } = matching(query, sql`${replies.searchText}`, [sql`${replies.body}`]);
  const threadFits = sql`exists (select 1 from ${threads}
    where ${and(eq(threads.id, replies.threadId), listedThreads(), ...query.filters)})`;
  return sql`select ${replies.id} from ${replies}
    where ${and(eq(replies.status, 'published'), match, threadFits)}
    order by ${replies.id} desc limit ${sql.raw(String(RECENT_CANDIDATES))}`;
}

/** authorColumns with output names, as a set operation needs. */
function aliasedAuthor(anonymousLabel: typeof threads.anonymousLabel | typeof replies.anonymousLabel) {
  const columns = authorColumns(anonymousLabel);
  return {
    anonymousLabel: columns.anonymousLabel.as('anonymous_label'),
    authorHandle: columns.authorHandle.as('author_handle'),
    authorName: columns.authorName.as('author_name'),
    authorRole: columns.authorRole.as('author_role'),
  };
}
