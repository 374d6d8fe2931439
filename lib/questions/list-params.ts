import { bySlug, type Taxonomy } from '../taxonomy/queries';
import type { SearchParams } from '../threads/list-params';
import { questionStates, storySorts, type QuestionState, type StoryListQuery, type StorySort } from '../threads/list-stories';

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export interface ParsedQuestionParams {
  query: StoryListQuery;
  selected: { stage?: string; state?: QuestionState; sort: StorySort };
  unknown: string[];
}

/** /questions?stage=&state=&sort=&cursor= — unknown values are reported, never queried. */
export function parseQuestionParams(params: SearchParams, taxonomy: Taxonomy): ParsedQuestionParams {
  const unknown: string[] = [];
  const rawStage = first(params.stage);
  const stage = bySlug(taxonomy.stages, rawStage);
  if (rawStage && !stage) unknown.push(rawStage.slice(0, 60));
  const rawState = first(params.state);
  const state = (questionStates as readonly string[]).includes(rawState ?? '') ? (rawState as QuestionState) : undefined;
  if (rawState && !state) unknown.push(rawState.slice(0, 60));
  const rawSort = first(params.sort);
  const sort = (storySorts as readonly string[]).includes(rawSort ?? '') ? (rawSort as StorySort) : 'newest';
  if (rawSort && rawSort !== sort) unknown.push(rawSort.slice(0, 60));
  return {
    query: { kind: 'question', stageId: stage?.id, questionState: state, sort, cursor: first(params.cursor) },
    selected: { stage: stage?.slug, state, sort },
    unknown,
  };
}

export function questionListHref(selected: ParsedQuestionParams['selected'], cursor?: string): string {
  const search = new URLSearchParams();
  if (selected.stage) search.set('stage', selected.stage);
  if (selected.state) search.set('state', selected.state);
  if (selected.sort !== 'newest') search.set('sort', selected.sort);
  if (cursor) search.set('cursor', cursor);
  const qs = search.toString();
  return qs ? `/questions?${qs}` : '/questions';
}
