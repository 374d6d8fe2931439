import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AuthorName } from '@/components/threads/author-name';
import { ToggleButton } from '@/components/notifications/toggle-button';
import { listBookmarksForViewer } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { threadPath } from '@/lib/threads/slug';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('follow'))('bookmarksTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function BookmarksPage({ searchParams }: Props) {
  if (!(await getViewer())) redirect('/signin?next=/me/bookmarks');
  const raw = (await searchParams).cursor;
  const cursor = Array.isArray(raw) ? raw[0] : raw;
  const [t, format, page] = await Promise.all([
    getTranslations('follow'),
    getFormatter(),
    listBookmarksForViewer(cursor).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'invalid_input') notFound();
      throw error;
    }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('bookmarksTitle')}</h1>
      {page.items.length ? (
        <ul className="divide-y divide-sea-100 rounded-lg bg-white shadow-sm" data-testid="bookmark-list">
          {page.items.map((b) => (
            <li key={b.threadId} className="flex flex-wrap items-start justify-between gap-2 p-4" data-testid="bookmark">
              <div className="space-y-1">
                <Link href={threadPath(b.threadId, b.title)} className="font-medium text-sea-800 underline">
                  {b.title}
                </Link>
                <p className="text-sm text-gray-600">
                  <AuthorName author={b.author} /> · {t('bookmarkedAt', { date: format.dateTime(b.bookmarkedAt, { dateStyle: 'medium' }) })}
                </p>
              </div>
              <ToggleButton kind="bookmark" id={b.threadId} initial />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-gray-700">{t('bookmarksEmpty')}</p>
      )}
      {page.nextCursor ? (
        <p>
          <Link href={`/me/bookmarks?cursor=${page.nextCursor}`} className="text-sea-700 underline">
            {t('more')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
