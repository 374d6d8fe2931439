import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countUnreadForViewer } from '@/lib/dal/notifications';

/** The header's link to /notifications with the unread count, rendered on the server. */
export async function NotificationBadge() {
  const [t, unread] = await Promise.all([getTranslations('notifications'), countUnreadForViewer()]);
  return (
    <Link
      href="/notifications"
      className="inline-flex items-center gap-1 text-gray-800 hover:text-sea-700"
      data-testid="notifications-link"
      aria-label={unread ? `${t('navLabel')} · ${t('unreadBadge', { count: unread })}` : t('navLabel')}
    >
      {t('navLabel')}
      {unread ? (
        <span className="rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white" data-testid="unread-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
