import type { Database } from '@/db/types';
import { listStories } from '../threads/list-stories';
import type { StorySummary } from '../threads/dto';
import { computeInsights, type Figure, type InsightsFilter, type OutcomeInsights } from './compute-insights';
import { listStageAnswers, type StageAnswer } from './stage-answers';

export interface StageGuideData {
  /** The stage's share of all published stories. */
  reached: Figure<{ count: number; share: number }>;
  /** Insights over the stories that reached the stage. */
  atStage: OutcomeInsights;
  helpful: StorySummary[];
  answers: StageAnswer[];
}

/**
 * Everything a stage guide shows besides its text, in a bounded number of
 * queries. `insights` computes the figures; the app passes a cached one
 * (lib/dal/insights.ts), while the lists stay live.
 */
export async function loadStageGuide(
  db: Database,
  stageId: number,
  insights: (filter: InsightsFilter) => Promise<OutcomeInsights> = (filter) => computeInsights(db, filter),
): Promise<StageGuideData> {
  const [all, atStage, helpful, answers] = await Promise.all([
    insights({}),
    insights({ stageId }),
    listStories(db, { kind: 'story', stageId, sort: 'helpful', limit: 5 }),
    listStageAnswers(db, stageId),
  ]);
  const reached = all.stages.find((s) => s.stage.id === stageId)?.figure ?? { suppressed: true };
  return { reached, atStage, helpful: helpful.items, answers };
}
