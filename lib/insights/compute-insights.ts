import { and, eq, exists, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { threads, threadStages } from '@/db/schema';
import type { Database } from '@/db/types';
import { loadTaxonomy, type TaxonomyItem } from '../taxonomy/queries';

// Outcome insights over published stories. Every figure is a count of
// self-reported stories; a figure whose underlying group (a bar, a row, a
// cell, the whole filtered set) has fewer than MIN_STORIES stories is
// returned as { suppressed: true } with no numbers at all, so a small group
// cannot be read off one person's story.

/** Fewer stories than this behind a figure: no figure. */
export const MIN_STORIES = 10;

/** Years are counted in China time (UTC+8), the forum's home time zone. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type Figure<T> = { suppressed: true } | ({ suppressed: false } & T);
export type Label = Pick<TaxonomyItem, 'id' | 'slug' | 'labelZh' | 'labelEn'>;

export interface InsightsFilter {
  lenderId?: number;
  year?: number;
  /** Only stories that reached this stage (the stage guides). */
  stageId?: number;
}

export interface OutcomeInsights {
  filter: { lenderId: number | null; year: number | null; stageId: number | null };
  minStories: number;
  /** The whole filtered set. */
  total: Figure<{ count: number }>;
  /** Outcomes in taxonomy order; share is of the filtered set, 0–1. */
  outcomes: { outcome: Label; figure: Figure<{ count: number; share: number }> }[];
  /** Stages in process order; share of the filtered set that reached each. */
  stages: { stage: Label; figure: Figure<{ count: number; share: number }> }[];
  /** Settled stories with months overdue given, by outcome (only outcomes that have any). */
  medianMonthsByOutcome: { outcome: Label; figure: Figure<{ count: number; median: number }> }[];
  /** Settled stories with months overdue given, by lender (only lenders that have any). */
  medianMonthsByLender: { lender: Label; figure: Figure<{ count: number; median: number }> }[];
  /** Lenders with at least one story; each cell is suppressed on its own too. */
  byLender: {
    lender: Label;
    figure: Figure<{ count: number; cells: { outcome: Label; figure: Figure<{ count: number }> }[] }>;
  }[];
}

function figure<T extends { count: number }>(value: T): Figure<T> {
  return value.count < MIN_STORIES ? { suppressed: true } : { suppressed: false, ...value };
}

function label(item: TaxonomyItem): Label {
  return { id: item.id, slug: item.slug, labelZh: item.labelZh, labelEn: item.labelEn };
}

/** The instant a year begins in China time. */
export function yearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - CHINA_OFFSET_MS);
}

export async function computeInsights(db: Database, filter: InsightsFilter = {}): Promise<OutcomeInsights> {
  const conditions: SQL[] = [eq(threads.kind, 'story'), eq(threads.status, 'published')];
  if (filter.lenderId !== undefined) conditions.push(eq(threads.lenderId, filter.lenderId));
  if (filter.year !== undefined) {
    conditions.push(gte(threads.createdAt, yearStart(filter.year)), lt(threads.createdAt, yearStart(filter.year + 1)));
  }
  if (filter.stageId !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(threadStages)
          .where(and(eq(threadStages.threadId, threads.id), eq(threadStages.stageId, filter.stageId))),
      ),
    );
  }
  const where = and(...conditions);
  const settled = and(where, eq(threads.isSettled, true), isNotNull(threads.monthsOverdue));
  const count = sql<number>`count(*)::int`;
  const median = sql<number>`(percentile_cont(0.5) within group (order by ${threads.monthsOverdue}))::float8`;

  // Five queries, whatever the number of stories.
  const [taxonomy, byOutcomeLender, byStage, medianByOutcome, medianByLender] = await Promise.all([
    loadTaxonomy(db),
    db
      .select({ lenderId: threads.lenderId, outcomeId: threads.outcomeId, count })
      .from(threads)
      .where(where)
      .groupBy(threads.lenderId, threads.outcomeId),
    db
      .select({ stageId: threadStages.stageId, count })
      .from(threadStages)
      .innerJoin(threads, eq(threads.id, threadStages.threadId))
      .where(where)
      .groupBy(threadStages.stageId),
    db.select({ outcomeId: threads.outcomeId, count, median }).from(threads).where(settled).groupBy(threads.outcomeId),
    db.select({ lenderId: threads.lenderId, count, median }).from(threads).where(settled).groupBy(threads.lenderId),
  ]);

  const total = byOutcomeLender.reduce((sum, r) => sum + Number(r.count), 0);
  const sumWhere = (pick: (r: (typeof byOutcomeLender)[number]) => boolean) =>
    byOutcomeLender.filter(pick).reduce((sum, r) => sum + Number(r.count), 0);
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const wholeSuppressed = total < MIN_STORIES;
  // When the whole set is too small, no part of it is shown either.
  const part = <T extends { count: number }>(value: T): Figure<T> => (wholeSuppressed ? { suppressed: true } : figure(value));

  const outcomes = taxonomy.outcomes.map((o) => {
    const n = sumWhere((r) => r.outcomeId === o.id);
    return { outcome: label(o), figure: part({ count: n, share: share(n) }) };
  });
  const stages = taxonomy.stages.map((s) => {
    const n = Number(byStage.find((r) => r.stageId === s.id)?.count ?? 0);
    return { stage: label(s), figure: part({ count: n, share: share(n) }) };
  });
  const medianMonthsByOutcome = taxonomy.outcomes.flatMap((o) => {
    const row = medianByOutcome.find((r) => r.outcomeId === o.id);
    return row ? [{ outcome: label(o), figure: part({ count: Number(row.count), median: Number(row.median) }) }] : [];
  });
  const medianMonthsByLender = taxonomy.lenders.flatMap((l) => {
    const row = medianByLender.find((r) => r.lenderId === l.id);
    return row ? [{ lender: label(l), figure: part({ count: Number(row.count), median: Number(row.median) }) }] : [];
  });
  const byLender = taxonomy.lenders.flatMap((l) => {
    const n = sumWhere((r) => r.lenderId === l.id);
    if (n === 0) return [];
    const cells = taxonomy.outcomes.map((o) => ({
      outcome: label(o),
      figure: figure({ count: sumWhere((r) => r.lenderId === l.id && r.outcomeId === o.id) }),
    }));
    const row = part({ count: n });
    return [{ lender: label(l), figure: row.suppressed ? row : { ...row, cells } }];
  });

  return {
    filter: { lenderId: filter.lenderId ?? null, year: filter.year ?? null, stageId: filter.stageId ?? null },
    minStories: MIN_STORIES,
    total: figure({ count: total }),
    outcomes,
    stages,
    medianMonthsByOutcome,
    medianMonthsByLender,
    byLender,
  };
}
