import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MarkAllReadButton } from '@/components/notifications/mark-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { listNotificationsForViewer } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: Props) {
  // A convenience redirect only: every service re-checks the viewer.
  if (!(await getViewer())) redirect('/signin?next=/notifications');
  const raw = (await searchParams).cursor;
  const cursor = Array.isArray(raw) ? raw[0] : raw;
  const [t, page] = await Promise.all([
    getTranslations('notifications'),
    listNotificationsForViewer(cursor).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'invalid_input') notFound();
      throw error;
    }),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <div className="flex items-center gap-4">
          {page.items.some((n) => !n.read) ? <MarkAllReadButton /> : null}
          <Link href="/settings/notifications" className="text-sm text-sea-700 underline">
            {t('settingsLink')}
          </Link>
        </div>
      </div>
      {page.items.length ? <NotificationList items={page.items} /> : <p className="text-gray-700">{t('empty')}</p>}
      {page.nextCursor ? (
        <p>
          <Link href={`/notifications?cursor=${page.nextCursor}`} className="text-sea-700 underline" data-testid="notifications-more">
            {t('more')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
