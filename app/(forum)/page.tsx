import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { StoryList } from '@/components/threads/story-list';
import { labelOf } from '@/components/threads/labels';
import { getTaxonomy } from '@/lib/dal/database';
import { listStoriesForViewer } from '@/lib/dal/forum';
import { threadPath } from '@/lib/threads/slug';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [t, locale, taxonomy] = await Promise.all([getTranslations(), getLocale(), getTaxonomy()]);
  const [newest, settled, openQuestions] = await Promise.all([
    listStoriesForViewer({ sort: 'newest', limit: 8 }),
    listStoriesForViewer({ sort: 'newest', settledOnly: true, limit: 5 }),
    listStoriesForViewer({ kind: 'question', questionState: 'unanswered', sort: 'newest', limit: 5 }),
  ]);
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-sea-800 p-6 text-white">
        <h1 className="text-2xl font-bold">{t('home.title')}</h1>
        <p className="mt-2 max-w-2xl text-sea-50">{t('home.intro')}</p>
        <Link href="/new" className="mt-4 inline-block rounded bg-white px-4 py-2 font-medium text-sea-800">
          {t('home.share')}
        </Link>
      </section>

      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading" className="mb-3 text-lg font-semibold">
          {t('home.stages')}
        </h2>
        <ol className="flex flex-wrap gap-2">
          {taxonomy.stages.map((stage) => (
            <li key={stage.id}>
              <Link
                href={`/stages/${stage.slug}`}
                className="inline-block rounded-full border border-sea-600 bg-white px-3 py-1 text-sm text-sea-800 hover:bg-sea-50"
              >
                {stage.position}. {labelOf(stage, locale)}
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <div className="grid gap-8 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="newest-heading">
          <div className="mb-3 flex items-baseline justify-between">
            <h2 id="newest-heading" className="text-lg font-semibold">
              {t('home.newest')}
            </h2>
            <Link href="/stories" className="text-sm text-sea-700 underline">
              {t('home.viewAll')}
            </Link>
          </div>
          <StoryList stories={newest.items} taxonomy={taxonomy} empty={t('stories.empty')} />
        </section>
        <section aria-labelledby="settled-heading">
          <div className="mb-3 flex items-baseline justify-between">
            <h2 id="settled-heading" className="text-lg font-semibold">
              {t('home.settled')}
            </h2>
            <Link href="/settled" className="text-sm text-sea-700 underline">
              {t('home.viewAll')}
            </Link>
          </div>
          <StoryList stories={settled.items} taxonomy={taxonomy} empty={t('stories.empty')} />
          <div className="mb-3 mt-8 flex items-baseline justify-between">
            <h2 id="questions-heading" className="text-lg font-semibold">
              {t('questions.states.unanswered')}
            </h2>
            <Link href="/questions?state=unanswered" className="text-sm text-sea-700 underline">
              {t('home.viewAll')}
            </Link>
          </div>
          <ul className="space-y-2" aria-labelledby="questions-heading">
            {openQuestions.items.map((q) => (
              <li key={q.id} className="rounded bg-white p-3 text-sm">
                <Link href={threadPath(q.id, q.title)} className="hover:text-sea-700">
                  {q.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
