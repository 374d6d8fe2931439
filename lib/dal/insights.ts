import 'server-only';
import { env } from '../env';
import type { InsightsFilter } from '../insights/compute-insights';
import { cachedInsights, loadCachedStageGuide } from '../insights/cached-insights';
import { getDatabase } from './database';

// Public aggregates: the same for every viewer, so no viewer is read. The
// figures are cached for INSIGHTS_CACHE_TTL_SECONDS; the writes that change
// them clear the cache (lib/cache/aggregate-cache.ts).

const cacheOptions = () => ({ ttlMs: env().INSIGHTS_CACHE_TTL_SECONDS * 1000 });

/** The outcome figures on /insights. */
export async function getInsights(filter: InsightsFilter) {
  return cachedInsights(await getDatabase(), filter, cacheOptions());
}

/** A stage guide's figures and lists. */
export async function getStageGuide(stageId: number) {
  return loadCachedStageGuide(await getDatabase(), stageId, cacheOptions());
}
