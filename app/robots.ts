import type { MetadataRoute } from 'next';
import { getDatabase } from '@/lib/dal/database';
import { env } from '@/lib/env';
import { listSitemapFiles } from '@/lib/seo/sitemap-files';

export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = env().APP_URL.replace(/\/+$/, '');
  const files = await listSitemapFiles(await getDatabase());
  return {
    // Private and per-member pages, and search result pages, stay out of indexes.
    rules: { userAgent: '*', allow: '/', disallow: ['/mod', '/me', '/settings', '/notifications', '/api', '/search'] },
    sitemap: files.map(({ id }) => `${base}/sitemap/${id}.xml`),
  };
}
