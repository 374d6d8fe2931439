import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ApplyForm } from '@/components/experts/apply-form';
import { labelOf } from '@/components/threads/labels';
import { getTaxonomy } from '@/lib/dal/database';
import { myApplications } from '@/lib/dal/experts';
import { getViewer } from '@/lib/dal/viewer';
import { byId } from '@/lib/taxonomy/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('experts'))('apply'), robots: { index: false } };
}

export default async function ApplyPage() {
  if (!(await getViewer())) redirect('/signin?next=/experts/apply');
  const [t, locale, format, taxonomy, applications] = await Promise.all([
    getTranslations('experts'),
    getLocale(),
    getFormatter(),
    getTaxonomy(),
    myApplications(),
  ]);
  const pending = applications.some((a) => a.status === 'pending');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('apply')}</h1>
      {applications.length ? (
        <section aria-labelledby="my-applications" className="space-y-2">
          <h2 id="my-applications" className="text-lg font-semibold">
            {t('myApplications')}
          </h2>
          <ul className="space-y-2" data-testid="my-applications">
            {applications.map((a) => (
              <li key={a.id} className="rounded bg-white p-3 text-sm">
                <p>
                  {t(`professions.${a.profession}`)} · <strong>{t(`statuses.${a.status}`)}</strong>
                  {a.status === 'approved' && a.expiresAt
                    ? ` · ${a.current ? t('validUntil', { date: format.dateTime(a.expiresAt, { dateStyle: 'medium' }) }) : t('expired')}`
                    : ''}
                </p>
                {a.status === 'approved' ? (
                  <p className="text-gray-700">{t('scope', { stages: a.scopeStageIds.map((id) => labelOf(byId(taxonomy.stages, id), locale)).join('、') })}</p>
                ) : null}
                {a.decisionReason ? <p className="text-gray-700">{t('decisionReason', { reason: a.decisionReason })}</p> : null}
              </li>
            ))}
          </ul>
          <p className="text-sm text-gray-600">{t('renew')}</p>
        </section>
      ) : null}
      {pending ? null : <ApplyForm stages={taxonomy.stages.map((s) => ({ id: s.id, label: labelOf(s, locale) }))} />}
    </div>
  );
}
