import { getFormatter, getTranslations } from 'next-intl/server';
import { anonymousLabelOf, headlineKey } from '@/lib/notifications/present';
import type { NotificationView } from '@/lib/notifications/dto';
import { MarkReadButton } from './mark-read-button';

/**
 * The viewer's notifications. Each opens through /notifications/<id>, which
 * marks it read and redirects to the thread: a plain anchor, so the page
 * (and the header's unread count) loads afresh and nothing prefetches it.
 */
export async function NotificationList({ items }: { items: NotificationView[] }) {
  const [t, ta, format] = await Promise.all([getTranslations('notifications'), getTranslations('author'), getFormatter()]);
  return (
    <ul className="divide-y divide-sea-100 rounded-lg bg-white shadow-sm" data-testid="notification-list">
      {items.map((n) => {
        const anonymous = anonymousLabelOf(n.actorLabel);
        const actor = anonymous === null ? n.actorLabel : ta('anonymousWithLabel', { label: anonymous });
        const text = t(`types.${headlineKey(n)}`, { actor, title: n.title ?? t('untitled') });
        return (
          <li
            key={n.id}
            className={`space-y-1 p-4 ${n.read ? '' : 'bg-sea-50'}`}
            data-testid="notification"
            data-read={n.read ? 'true' : 'false'}
            data-type={n.type}
          >
            <p>
              {n.read ? null : <span className="mr-2 rounded bg-red-600 px-1.5 text-xs text-white">{t('unread')}</span>}
              <a href={`/notifications/${n.id}`} className="text-sea-800 underline" data-testid="notification-link">
                {text}
              </a>
              {n.count > 1 ? <span className="ml-1 text-sm text-gray-600">{t('moreReplies', { count: n.count })}</span> : null}
            </p>
            {n.excerpt ? (
              <p className="text-sm text-gray-700">{n.type === 'moderation' ? t('reason', { reason: n.excerpt }) : n.excerpt}</p>
            ) : null}
            <p className="flex items-center gap-3 text-xs text-gray-500">
              <time dateTime={n.updatedAt.toISOString()}>{format.dateTime(n.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              {n.read ? null : <MarkReadButton id={n.id} />}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
