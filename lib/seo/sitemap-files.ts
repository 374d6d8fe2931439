import type { Database } from '@/db/types';
import { listSitemapRanges, type SitemapRange } from './sitemap-entries';

/** Paths of the forum's static and listing pages, in the first sitemap file. */
export const STATIC_PATHS = ['/', '/stories', '/questions', '/settled', '/experts', '/help'] as const;

/**
 * Thread sitemap files Next is told about at build time: 200 × 5,000 thread
 * ids. Raise it (and rebuild) before the forum passes a million threads.
 */
export const MAX_SITEMAP_FILES = 200;

/**
 * Sitemap file ids: 0 holds the static and stage pages; 1…n each hold one
 * range of thread ids. Shared by app/sitemap.ts and app/robots.ts.
 */
export async function listSitemapFiles(db: Database): Promise<{ id: number; range: SitemapRange | null }[]> {
  const ranges = await listSitemapRanges(db);
  const files = ranges.map((range, index) => ({ id: index + 1, range })).slice(0, MAX_SITEMAP_FILES);
  return [{ id: 0, range: null }, ...files];
}
