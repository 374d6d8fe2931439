import { bySlug, type Taxonomy, type TaxonomyItem } from '../taxonomy/queries';
import { storySorts, type StoryListQuery, type StorySort } from './list-stories';

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParsedStoryParams {
  query: StoryListQuery;
  /** The slugs as they will be written back into links and the filter form. */
  selected: { stage?: string; outcome?: string; lender?: string; sort: StorySort };
  /** Values that named no filter; shown to the reader, never a 500. */
  unknown: string[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * Reads the browse filters from the URL. Slugs are looked up in the
 * taxonomy, so anything else (including SQL) is reported as unknown and
 * never reaches a query.
 */
export function parseStoryParams(params: SearchParams, taxonomy: Taxonomy): ParsedStoryParams {
  const unknown: string[] = [];
  const pick = <T extends TaxonomyItem>(items: T[], raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const item = bySlug(items, raw);
    if (!item) unknown.push(raw.slice(0, 60));
    return item;
  };
  const stage = pick(taxonomy.stages, first(params.stage));
  const outcome = pick(taxonomy.outcomes, first(params.outcome));
  const lender = pick(taxonomy.lenders, first(params.lender));
  const rawSort = first(params.sort);
  const sort = (storySorts as readonly string[]).includes(rawSort ?? '') ? (rawSort as StorySort) : 'newest';
  if (rawSort !== undefined && rawSort !== sort) unknown.push(rawSort.slice(0, 60));
  return {
    query: { stageId: stage?.id, outcomeId: outcome?.id, lenderId: lender?.id, sort, cursor: first(params.cursor) },
    selected: { stage: stage?.slug, outcome: outcome?.slug, lender: lender?.slug, sort },
    unknown,
  };
}

export function storyListHref(base: string, selected: ParsedStoryParams['selected'], cursor?: string): string {
  const search = new URLSearchParams();
  if (selected.stage) search.set('stage', selected.stage);
  if (selected.outcome) search.set('outcome', selected.outcome);
  if (selected.lender) search.set('lender', selected.lender);
  if (selected.sort !== 'newest') search.set('sort', selected.sort);
  if (cursor) search.set('cursor', cursor);
  const qs = search.toString();
  return qs ? `${base}?${qs}` : base;
}
