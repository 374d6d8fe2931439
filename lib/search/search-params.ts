import { bySlug, type Taxonomy, type TaxonomyItem } from '../taxonomy/queries';
import type { SearchParams } from '../threads/list-params';
import { MAX_SEARCH_PAGE, searchKinds, type SearchKind } from './schemas';
import { MAX_QUERY_LENGTH } from './segment';

export interface ParsedSearchParams {
  /** The text as typed (cut to length), for the search box and for links. */
  q: string;
  input: { q: string; kind: SearchKind; stageId?: number; outcomeId?: number; lenderId?: number; page: number };
  /** Slugs as they are written back into links and the filter form. */
  selected: { kind: SearchKind; stage?: string; outcome?: string; lender?: string };
  /** Filter values that named nothing; shown to the reader, never a 500. */
  unknown: string[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * Reads /search?q=&kind=&stage=&outcome=&lender=&page= . Filters are
 * taxonomy slugs looked up here, so nothing else reaches a query; a page
 * number out of range is page 1.
 */
export function parseSearchParams(params: SearchParams, taxonomy: Taxonomy): ParsedSearchParams {
  const unknown: string[] = [];
  const pick = <T extends TaxonomyItem>(items: T[], raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const item = bySlug(items, raw);
    if (!item) unknown.push(raw.slice(0, 60));
    return item;
  };
  const q = (first(params.q) ?? '').slice(0, MAX_QUERY_LENGTH);
  const rawKind = first(params.kind);
  const kind = (searchKinds as readonly string[]).includes(rawKind ?? '') ? (rawKind as SearchKind) : 'all';
  if (rawKind !== undefined && rawKind !== kind) unknown.push(rawKind.slice(0, 60));
  const stage = pick(taxonomy.stages, first(params.stage));
  const outcome = pick(taxonomy.outcomes, first(params.outcome));
  const lender = pick(taxonomy.lenders, first(params.lender));
  const rawPage = first(params.page);
  const page = rawPage && /^\d{1,3}$/.test(rawPage) ? Math.min(Math.max(Number(rawPage), 1), MAX_SEARCH_PAGE) : 1;
  return {
    q,
    input: { q, kind, stageId: stage?.id, outcomeId: outcome?.id, lenderId: lender?.id, page },
    selected: { kind, stage: stage?.slug, outcome: outcome?.slug, lender: lender?.slug },
    unknown,
  };
}

export function searchHref(q: string, selected: ParsedSearchParams['selected'], page = 1): string {
  const search = new URLSearchParams({ q });
  if (selected.kind !== 'all') search.set('kind', selected.kind);
  if (selected.stage) search.set('stage', selected.stage);
  if (selected.outcome) search.set('outcome', selected.outcome);
  if (selected.lender) search.set('lender', selected.lender);
  if (page > 1) search.set('page', String(page));
  return `/search?${search.toString()}`;
}
