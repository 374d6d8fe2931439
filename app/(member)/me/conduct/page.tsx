import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConductBreaches } from '@/components/conduct/conduct-breaches';
import { ConductEntryForm } from '@/components/conduct/conduct-entry-form';
import { ConductEntryTable } from '@/components/conduct/conduct-entry-table';
import { conductFormOptions } from '@/components/conduct/entry-form-options';
import { RuleSetPicker } from '@/components/conduct/rule-set-picker';
import { createConductEntryAction } from '@/lib/actions/conduct';
import { localDateAndTime } from '@/lib/conduct/local-instant';
import { defaultRuleSetSlug } from '@/lib/conduct/schemas';
import { getConductReportForViewer, listOwnStoriesForViewer, listRuleSetsForViewer } from '@/lib/dal/conduct';
import { getTaxonomy } from '@/lib/dal/database';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conduct'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ ruleSet?: string | string[] }> };

export default async function ConductLogPage({ searchParams }: Props) {
  // A convenience redirect only: every service re-checks the viewer.
  if (!(await getViewer())) redirect('/signin?next=/me/conduct');
  const [locale, ruleSets, raw] = await Promise.all([getLocale(), listRuleSetsForViewer(), searchParams]);
  const wanted = Array.isArray(raw.ruleSet) ? raw.ruleSet[0] : raw.ruleSet;
  const slug = ruleSets.some((s) => s.slug === wanted) ? wanted! : defaultRuleSetSlug(locale);
  const [t, view, stories, taxonomy] = await Promise.all([
    getTranslations('conduct'),
    getConductReportForViewer(slug),
    listOwnStoriesForViewer(),
    getTaxonomy(),
  ]);
  const { entries, report } = view;
  const flaggedIds = new Set(report.breaches.flatMap((b) => b.entryIds));
  const timeZone = entries.at(-1)?.timeZone ?? 'Asia/Shanghai';

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-gray-700">{t('intro')}</p>
        <p className="rounded border border-sea-100 bg-sea-50 p-3 text-sm" data-testid="conduct-privacy">
          {t('privacy')}
        </p>
      </div>

      <section aria-labelledby="conduct-add-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="conduct-add-heading" className="text-lg font-semibold">
          {t('addTitle')}
        </h2>
        <ConductEntryForm
          action={createConductEntryAction}
          mode="create"
          options={conductFormOptions(taxonomy, stories, locale)}
          initial={{
            date: localDateAndTime(new Date(), timeZone).date,
            time: '',
            timeZone,
            channel: 'call',
            thirdParty: '',
            connected: true,
            lenderId: entries.at(-1)?.lender ? String(entries.at(-1)!.lender!.id) : '',
            agency: '',
            collectorName: '',
            categories: [],
            agreedToContactAtNight: false,
            note: '',
            evidenceNote: '',
            threadId: '',
          }}
        />
      </section>

      <div className="flex flex-wrap items-end justify-between gap-3">
        <RuleSetPicker action="/me/conduct" ruleSets={ruleSets} current={slug} locale={locale} />
        <Link href={`/me/conduct/report?ruleSet=${slug}`} className="text-sea-700 underline" data-testid="conduct-report-link">
          {t('reportLink')}
        </Link>
      </div>
      <ConductBreaches report={report} entries={entries} locale={locale} />
      <p className="text-sm text-gray-700">{t('disclaimer')}</p>

      <section aria-labelledby="conduct-list-heading" className="space-y-3">
        <h2 id="conduct-list-heading" className="text-lg font-semibold">
          {t('list.heading', { count: entries.length })}
        </h2>
        {entries.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 p-4" data-testid="conduct-empty">
            {t('empty')}
          </p>
        ) : (
          <ConductEntryTable entries={entries} flaggedIds={flaggedIds} locale={locale} variant="manage" />
        )}
      </section>
    </div>
  );
}
