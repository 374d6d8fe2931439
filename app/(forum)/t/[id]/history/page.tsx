import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listRevisionsForViewer } from '@/lib/dal/forum';
import { idParam, optionalIdParam, orNotFound } from '@/lib/dal/route-params';
import { replyPermalink, threadPath } from '@/lib/threads/slug';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('history'))('title'), robots: { index: false } };
}

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const threadId = idParam((await params).id);
  const replyId = optionalIdParam((await searchParams).reply);
  const [t, format, locale] = await Promise.all([getTranslations('history'), getFormatter(), getLocale()]);
  const history = await orNotFound(listRevisionsForViewer({ threadId, replyId }, locale === 'en' ? 'en' : 'zh-CN'));
  const revisions = [...history.revisions].reverse();
  const back = history.replyId ? replyPermalink(threadPath(history.threadId, history.threadTitle), history.replyId) : threadPath(history.threadId, history.threadTitle);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{history.replyId ? t('replyTitle') : t('title')}</h1>
      <p>
        <Link href={back} className="text-sea-700 underline">
          {t('back')}
        </Link>
      </p>
      <ol className="space-y-4">
        {revisions.map((revision, index) => (
          <li key={revision.revision} className="rounded-lg bg-white p-4" data-testid="revision">
            <h2 className="text-sm text-gray-600">
              {t('revision', { n: revision.revision })} ·{' '}
              <time dateTime={revision.createdAt.toISOString()}>
                {format.dateTime(revision.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              {index === 0 ? <span className="ml-2 rounded bg-sea-100 px-1 text-sea-800">{t('current')}</span> : null}
            </h2>
            {revision.title ? <p className="mt-1 text-lg font-semibold">{revision.title}</p> : null}
            <div className="user-content mt-2" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
          </li>
        ))}
      </ol>
    </div>
  );
}
