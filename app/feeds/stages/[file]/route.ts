import { getDatabase, getTaxonomy } from '@/lib/dal/database';
import { env } from '@/lib/env';
import { buildAtom } from '@/lib/feeds/build-atom';
import { atomResponse } from '@/lib/feeds/feed-response';
import { bySlug } from '@/lib/taxonomy/queries';
import { listStories } from '@/lib/threads/list-stories';

export const dynamic = 'force-dynamic';

/** `/feeds/stages/<slug>.xml`: the newest stories of one stage; an unknown stage is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const slug = file.endsWith('.xml') ? file.slice(0, -'.xml'.length) : undefined;
  const stage = bySlug((await getTaxonomy()).stages, slug);
  if (!stage) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const page = await listStories(await getDatabase(), { kind: 'story', stageId: stage.id, sort: 'newest', limit: 30 });
  return atomResponse(
    buildAtom({
      baseUrl: env().APP_URL,
      selfPath: `/feeds/stages/${stage.slug}.xml`,
      alternatePath: `/stages/${stage.slug}`,
      title: `上岸 · ${stage.labelZh}`,
      items: page.items,
      now: new Date(),
    }),
  );
}
