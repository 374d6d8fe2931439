import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { pick } from '@/components/conduct/labels';
import { RuleSetEditor } from '@/components/conduct/rule-set-editor';
import { saveRuleSetVersionAction } from '@/lib/actions/conduct';
import { listRuleSetHistoryForViewer } from '@/lib/dal/conduct';
import { orNotFound } from '@/lib/dal/route-params';

export const metadata: Metadata = { robots: { index: false } };

export default async function RuleSetsPage() {
  // The service refuses anyone but moderators and admins with not_found.
  const history = await orNotFound(listRuleSetHistoryForViewer());
  const [t, format, locale] = await Promise.all([getTranslations('conduct.ruleSets'), getFormatter(), getLocale()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-gray-700">{t('intro')}</p>
      {history.map(({ current, versions }) => (
        <section
          key={current.slug}
          aria-labelledby={`rule-set-${current.slug}`}
          className="space-y-3 rounded-lg bg-white p-4 shadow-sm"
          data-testid="rule-set"
          data-slug={current.slug}
        >
          <h2 id={`rule-set-${current.slug}`} className="text-lg font-semibold">
            {pick(current.title, locale)} <code className="ml-1 text-sm font-normal text-gray-600">{current.slug}</code>
          </h2>
          <p className="text-sm" data-testid="rule-set-version">
            {t('current', { version: current.version })}
          </p>
          <details className="text-sm">
            <summary className="cursor-pointer">{t('history')}</summary>
            <ul className="mt-1 list-disc pl-5">
              {versions.map((v) => (
                <li key={v.version}>
                  v{v.version} ·{' '}
                  {v.createdAt
                    ? t('savedBy', { date: format.dateTime(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' }), handle: v.createdBy ?? '?' })
                    : t('builtIn')}
                </li>
              ))}
            </ul>
          </details>
          <RuleSetEditor action={saveRuleSetVersionAction} slug={current.slug} initialJson={JSON.stringify(current, null, 2)} />
        </section>
      ))}
    </div>
  );
}
