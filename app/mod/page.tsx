import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AuthorName } from '@/components/threads/author-name';
import { DecisionForm } from '@/components/experts/decision-form';
import { labelOf } from '@/components/threads/labels';
import { getTaxonomy } from '@/lib/dal/database';
import { pendingApplicationsForViewer } from '@/lib/dal/experts';
import { listQueueForViewer } from '@/lib/dal/moderation';
import { byId } from '@/lib/taxonomy/queries';
import { orNotFound } from '@/lib/dal/route-params';

export const metadata: Metadata = { robots: { index: false } };

export default async function ModerationQueuePage() {
  // The service refuses non-staff with not_found: this page is not even confirmed to exist.
  const queue = await orNotFound(listQueueForViewer());
  const [t, tReport, tExperts, format, taxonomy, applications, locale] = await Promise.all([
    getTranslations('moderation'),
    getTranslations('report'),
    getTranslations('experts'),
    getFormatter(),
    getTaxonomy(),
    pendingApplicationsForViewer(),
    getLocale(),
  ]);
  const stages = taxonomy.stages.map((s) => ({ id: s.id, label: labelOf(s, locale) }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <span className="flex gap-3">
          <Link href="/mod/log" className="text-sea-700 underline">
            {t('logLink')}
          </Link>
          <Link href="/mod/rule-sets" className="text-sea-700 underline">
            {t('ruleSetsLink')}
          </Link>
        </span>
      </div>
      <p className="text-gray-700">{t('intro')}</p>
      {applications.length ? (
        <section aria-labelledby="applications-heading" className="space-y-2">
          <h2 id="applications-heading" className="text-lg font-semibold">
            {tExperts('applications')}
          </h2>
          <ol className="space-y-3" data-testid="mod-applications">
            {applications.map((a) => (
              <li key={a.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid="mod-application">
                <p className="font-medium">
                  {a.displayName} (@{a.handle}) · {a.profession === 'other' ? a.professionOther : tExperts(`professions.${a.profession}`)} ·{' '}
                  {tExperts('yearsValue', { count: a.yearsOfPractice })}
                </p>
                <p className="text-sm">
                  {tExperts('licence')}: <span className="font-mono">{a.licenceNumber}</span>
                </p>
                <p className="text-sm text-gray-700">
                  {tExperts('requested', { stages: a.requestedStageIds.map((id) => labelOf(byId(taxonomy.stages, id), locale)).join('、') })}
                </p>
                <p className="text-sm">{a.hasCommercialInterest ? tExperts('interestLabel', { statement: a.interestStatement }) : a.interestStatement}</p>
                <DecisionForm applicationId={a.id} requestedStageIds={a.requestedStageIds} stages={stages} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {queue.length === 0 && applications.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-6">{t('empty')}</p>
      ) : (
        <ol className="space-y-3" data-testid="mod-queue">
          {queue.map((item) => (
            <li key={`${item.target}-${item.id}`} className="rounded-lg bg-white p-4 shadow-sm" data-testid="mod-queue-item">
              <p className="flex flex-wrap gap-2 text-xs text-gray-600">
                <span className="rounded bg-gray-100 px-1.5">{t(item.target)}</span>
                {item.pendingReason === 'scam_filter' ? <span className="rounded bg-amber-100 px-1.5 text-amber-900">{t('pendingScam')}</span> : null}
                {item.pendingReason === 'reports' ? <span className="rounded bg-red-100 px-1.5 text-red-900">{t('pendingReports')}</span> : null}
                {item.openReports ? <span>{t('reports', { count: item.openReports })}</span> : null}
                <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </p>
              <p className="mt-1 font-medium">{t('inThread', { title: item.threadTitle })}</p>
              <p className="mt-1 text-sm text-gray-800">{item.excerpt}</p>
              <p className="mt-1 text-xs text-gray-600">
                <AuthorName author={item.author} />
                {item.reasons.length ? ` · ${item.reasons.map((r) => tReport(`reasons.${r}` as 'reasons.spam')).join('、')}` : ''}
              </p>
              {item.notes.length ? <p className="mt-1 text-xs text-gray-600">“{item.notes.join('” “')}”</p> : null}
              <Link href={`/mod/post/${item.target}/${item.id}`} className="mt-2 inline-block text-sm text-sea-700 underline">
                {t('open')}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
