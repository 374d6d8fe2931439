import type { Database } from '@/db/types';
import { cachedAggregate, type AggregateCacheOptions } from '../cache/aggregate-cache';
import { computeInsights, type InsightsFilter, type OutcomeInsights } from './compute-insights';
import { loadStageGuide, type StageGuideData } from './load-stage-guide';

// The figures of /insights and the stage guides are the same for every viewer
// and cost several aggregate queries over all stories: they are served from
// the aggregate cache, which story writes (create, edit, delete, remove,
// restore, approve) clear.

/** `computeInsights`, cached per filter. */
export function cachedInsights(db: Database, filter: InsightsFilter, options: AggregateCacheOptions): Promise<OutcomeInsights> {
  const key = `insights:${filter.lenderId ?? ''}:${filter.year ?? ''}:${filter.stageId ?? ''}`;
  return cachedAggregate(db, 'stories', key, options, () => computeInsights(db, filter));
}

/** A stage guide whose figures come from the cache; its story and answer lists stay live. */
export function loadCachedStageGuide(db: Database, stageId: number, options: AggregateCacheOptions): Promise<StageGuideData> {
  return loadStageGuide(db, stageId, (filter) => cachedInsights(db, filter, options));
}
