import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listLogForViewer } from '@/lib/dal/moderation';
import { orNotFound } from '@/lib/dal/route-params';

export const metadata: Metadata = { robots: { index: false } };

export default async function ModerationLogPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const raw = (await searchParams).cursor;
  const page = await orNotFound(listLogForViewer(Array.isArray(raw) ? raw[0] : raw));
  const [t, format] = await Promise.all([getTranslations('moderation'), getFormatter()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('logTitle')}</h1>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse bg-white text-sm" data-testid="mod-log">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">{t('log.when')}</th>
              <th scope="col" className="p-2">{t('log.actor')}</th>
              <th scope="col" className="p-2">{t('log.action')}</th>
              <th scope="col" className="p-2">{t('log.target')}</th>
              <th scope="col" className="p-2">{t('log.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((entry) => (
              <tr key={entry.id} className="border-b align-top">
                <td className="p-2 whitespace-nowrap">{format.dateTime(entry.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                <td className="p-2">@{entry.actor}</td>
                <td className="p-2">{t(`log.actions.${entry.action}` as 'log.actions.ban')}</td>
                <td className="p-2">
                  {entry.threadId ? (
                    <Link href={`/t/${entry.threadId}${entry.replyId ? `?root=${entry.replyId}#r-${entry.replyId}` : ''}`} className="text-sea-700 underline">
                      #{entry.replyId ?? entry.threadId}
                    </Link>
                  ) : entry.targetUser ? (
                    `@${entry.targetUser}`
                  ) : null}
                </td>
                <td className="p-2">{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.nextCursor ? (
        <Link href={`/mod/log?cursor=${page.nextCursor}`} className="text-sea-700 underline">
          {t('log.more')}
        </Link>
      ) : null}
    </div>
  );
}
