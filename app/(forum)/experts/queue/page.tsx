import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { expertQueueForViewer } from '@/lib/dal/experts';
import { getViewer } from '@/lib/dal/viewer';
import { isAppError } from '@/lib/errors';
import { threadPath } from '@/lib/threads/slug';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('experts'))('queue'), robots: { index: false } };
}

export default async function ExpertQueuePage() {
  if (!(await getViewer())) redirect('/signin?next=/experts/queue');
  const [t, format] = await Promise.all([getTranslations('experts'), getFormatter()]);
  const queue = await expertQueueForViewer().catch((error) => {
    if (isAppError(error) && error.code === 'forbidden') return null;
    throw error;
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('queue')}</h1>
      {queue === null ? (
        <p className="rounded border border-dashed border-gray-300 p-6">{t('notExpert')}</p>
      ) : (
        <>
          <p className="text-gray-700">{t('queueIntro')}</p>
          {queue.length === 0 ? <p className="rounded border border-dashed border-gray-300 p-6">{t('queueEmpty')}</p> : null}
          <ol className="space-y-3" data-testid="expert-queue">
            {queue.map((q) => (
              <li key={q.id} className="rounded-lg bg-white p-4">
                <p className="text-xs text-gray-600">
                  {q.invited ? <span className="mr-2 rounded bg-amber-100 px-1.5 text-amber-950">{t('invitedBadge')}</span> : null}
                  <time dateTime={q.createdAt.toISOString()}>{format.dateTime(q.createdAt, { dateStyle: 'medium' })}</time>
                </p>
                <Link href={threadPath(q.id, q.title)} className="font-semibold hover:text-sea-700">
                  {q.title}
                </Link>
                <p className="mt-1 text-sm text-gray-700">{q.excerpt}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
