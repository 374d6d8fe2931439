import { z } from 'zod';
import type { Untrusted } from '../validation';
import { MAX_QUERY_LENGTH } from './segment';

export const searchKinds = ['all', 'story', 'question', 'reply'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Results per page; pages beyond MAX_SEARCH_PAGE are not served (refine the query instead). */
export const SEARCH_PAGE_SIZE = 10;
export const MAX_SEARCH_PAGE = 50;

const optionalId = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

/**
 * Search input never fails validation: whatever arrives (a quote, SQL, a
 * thousand characters, an emoji) becomes a query that returns results or an
 * empty list. Over-long text is cut, unknown values fall back to defaults.
 */
export const searchInputSchema = z.object({
  q: z
    .unknown()
    .transform((v) => (typeof v === 'string' ? v.slice(0, MAX_QUERY_LENGTH) : '')),
  kind: z.enum(searchKinds).catch('all'),
  stageId: optionalId,
  outcomeId: optionalId,
  lenderId: optionalId,
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).catch(1).default(1),
});
export type SearchInput = Untrusted<{
  q: string;
  kind: SearchKind;
  stageId: number;
  outcomeId: number;
  lenderId: number;
  page: number;
}>;

export const similarInputSchema = z.object({
  text: z.unknown().transform((v) => (typeof v === 'string' ? v.slice(0, MAX_QUERY_LENGTH) : '')),
  excludeId: optionalId,
  limit: z.coerce.number().int().min(1).max(10).catch(5).default(5),
});
export type SimilarInput = Untrusted<{ text: string; excludeId: number; limit: number }>;

/** The JSON body of POST /api/search/similar (a title never travels in a URL). */
export const similarRequestSchema = z.object({
  text: z.string().max(2000),
  excludeId: z.number().int().positive().optional(),
});
