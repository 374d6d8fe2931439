import type { Database } from '@/db/types';
import { listStories } from '../threads/list-stories';
import type { StorySummary } from '../threads/dto';
import { computeInsights, type Figure, type OutcomeInsights } from './compute-insights';
import { listStageAnswers, type StageAnswer } from './stage-answers';

export interface StageGuideData {
  /** The stage's share of all published stories. */
  reached: Figure<{ count: number; share: number }>;
  /** Insights over the stories that reached the stage. */
  atStage: OutcomeInsights;
  helpful: StorySummary[];
  answers: StageAnswer[];
}

/** Everything a stage guide shows besides its text, in a bounded number of queries. */
export async function loadStageGuide(db: Database, stageId: number): Promise<StageGuideData> {
  const [all, atStage, helpful, answers] = await Promise.all([
    computeInsights(db),
    computeInsights(db, { stageId }),
    listStories(db, { kind: 'story', stageId, sort: 'helpful', limit: 5 }),
    listStageAnswers(db, stageId),
  ]);
  const reached = all.stages.find((s) => s.stage.id === stageId)?.figure ?? { suppressed: true };
  return { reached, atStage, helpful: helpful.items, answers };
}
