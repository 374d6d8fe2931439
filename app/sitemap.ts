import type { MetadataRoute } from 'next';
import { getDatabase, getTaxonomy } from '@/lib/dal/database';
import { env } from '@/lib/env';
import { listSitemapThreads } from '@/lib/seo/sitemap-entries';
import { listSitemapFiles, MAX_SITEMAP_FILES, STATIC_PATHS } from '@/lib/seo/sitemap-files';
import { threadPath } from '@/lib/threads/slug';

// Served as /sitemap/<id>.xml; robots.txt lists every file.
export const dynamic = 'force-dynamic';

// Next calls this at build time, when there is no database to ask, and serves
// only the ids it returns: so it names a fixed set of files (0 for static
// pages, 1…MAX for thread-id ranges), each rendered on request. robots.txt
// lists only the files the database actually fills.
export function generateSitemaps() {
  return Array.from({ length: MAX_SITEMAP_FILES + 1 }, (_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const id = Number(await props.id);
  const base = env().APP_URL.replace(/\/+$/, '');
  if (id === 0) {
    const { stages } = await getTaxonomy();
    return [...STATIC_PATHS, ...stages.map((s) => `/stages/${s.slug}`)].map((path) => ({ url: `${base}${path}` }));
  }
  const file = (await listSitemapFiles(await getDatabase())).find((f) => f.id === id);
  if (!file?.range) return [];
  const threads = await listSitemapThreads(await getDatabase(), file.range);
  return threads.map((t) => ({ url: `${base}${threadPath(t.id, t.title)}`, lastModified: t.bumpedAt }));
}
