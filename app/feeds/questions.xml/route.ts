import { getDatabase } from '@/lib/dal/database';
import { env } from '@/lib/env';
import { buildAtom } from '@/lib/feeds/build-atom';
import { atomResponse } from '@/lib/feeds/feed-response';
import { listStories } from '@/lib/threads/list-stories';

export const dynamic = 'force-dynamic';

export async function GET() {
  const page = await listStories(await getDatabase(), { kind: 'question', sort: 'newest', limit: 30 });
  return atomResponse(
    buildAtom({
      baseUrl: env().APP_URL,
      selfPath: '/feeds/questions.xml',
      alternatePath: '/questions',
      title: '上岸 · 最新提问',
      items: page.items,
      now: new Date(),
    }),
  );
}
