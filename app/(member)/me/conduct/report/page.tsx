import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ConductBreaches } from '@/components/conduct/conduct-breaches';
import { ConductComplaints } from '@/components/conduct/conduct-complaints';
import { ConductEntryTable } from '@/components/conduct/conduct-entry-table';
import { ConductRuleTexts } from '@/components/conduct/conduct-rule-texts';
import { lenderLabel, pick } from '@/components/conduct/labels';
import { PrintButton } from '@/components/conduct/print-button';
import { PublishSummaryForm } from '@/components/conduct/publish-summary-form';
import { RuleSetPicker } from '@/components/conduct/rule-set-picker';
import { publishConductSummaryAction } from '@/lib/actions/conduct';
import { defaultRuleSetSlug } from '@/lib/conduct/schemas';
import { getConductReportForViewer, listOwnStoriesForViewer, listRuleSetsForViewer } from '@/lib/dal/conduct';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conduct'))('report.title'), robots: { index: false } };
}

// The page's own print stylesheet: A4 with margins, and nothing but the
// summary on paper (the site header, navigation, footer and the forms go).
// Scoped to this page, so printing any other page is unchanged.
const printCss = `
@media print {
  @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
  html, body { background: #fff !important; }
  body > header, body > footer, body > a[href="#main"], nav { display: none !important; }
  body > main { max-width: none !important; padding: 0 !important; }
  [data-conduct-report] { font-size: 10.5pt; color: #000; }
  [data-conduct-report] a { color: inherit; text-decoration: none; }
  [data-conduct-report] table { min-width: 0 !important; }
  [data-conduct-report] tr, [data-conduct-report] li { break-inside: avoid; }
  [data-conduct-report] h2 { break-after: avoid; }
}
`;

type Props = { searchParams: Promise<{ ruleSet?: string | string[] }> };

export default async function ConductReportPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?next=/me/conduct/report');
  const [locale, ruleSets, raw] = await Promise.all([getLocale(), listRuleSetsForViewer(), searchParams]);
  const wanted = Array.isArray(raw.ruleSet) ? raw.ruleSet[0] : raw.ruleSet;
  const slug = ruleSets.some((s) => s.slug === wanted) ? wanted! : defaultRuleSetSlug(locale);
  const [t, format, view, stories] = await Promise.all([
    getTranslations('conduct'),
    getFormatter(),
    getConductReportForViewer(slug),
    listOwnStoriesForViewer(),
  ]);
  const { entries, report, ruleSet } = view;
  const flaggedIds = new Set(report.breaches.flatMap((b) => b.entryIds));
  const publishable = stories.filter((s) => s.status === 'published');
  const lenders = [...new Set(entries.map((e) => lenderLabel(e.lender, locale)).filter((l) => l !== '—'))];

  return (
    <article className="space-y-6" data-conduct-report data-testid="conduct-report">
      <style data-testid="conduct-print-css" dangerouslySetInnerHTML={{ __html: printCss }} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('report.title')}</h1>
        <p className="text-gray-700 print:hidden">{t('report.intro')}</p>
        <p className="text-sm">{t('report.owner', { name: viewer.displayName })}</p>
        <p className="text-sm">{t('report.generatedAt', { date: format.dateTime(new Date(), { dateStyle: 'long', timeStyle: 'short' }) })}</p>
        <p className="text-sm" data-testid="conduct-report-rule-set">
          {t('report.ruleSetLine', { title: pick(ruleSet.title, locale), version: ruleSet.version })}
        </p>
      </header>

      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <RuleSetPicker action="/me/conduct/report" ruleSets={ruleSets} current={slug} locale={locale} />
        <div className="flex items-center gap-4">
          <Link href={`/me/conduct?ruleSet=${slug}`} className="text-sea-700 underline">
            {t('backToLog')}
          </Link>
          <PrintButton label={t('report.print')} />
        </div>
      </div>

      <section aria-labelledby="conduct-report-entries" className="space-y-3">
        <h2 id="conduct-report-entries" className="text-lg font-semibold">
          {t('report.entries')}
        </h2>
        {entries.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 p-4" data-testid="conduct-empty">
            {t('empty')}
          </p>
        ) : (
          <ConductEntryTable entries={entries} flaggedIds={flaggedIds} locale={locale} variant="report" />
        )}
      </section>

      <ConductBreaches report={report} entries={entries} locale={locale} />
      <ConductRuleTexts ruleSet={ruleSet} locale={locale} />
      <ConductComplaints lenders={lenders} locale={locale} />

      <section aria-labelledby="conduct-publish-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm print:hidden">
        <h2 id="conduct-publish-heading" className="text-lg font-semibold">
          {t('report.publishTitle')}
        </h2>
        <p className="text-sm text-gray-700">{t('report.publishIntro')}</p>
        {publishable.length ? (
          <PublishSummaryForm
            action={publishConductSummaryAction}
            ruleSetSlug={slug}
            stories={publishable.map((s) => ({ id: s.id, label: s.title }))}
          />
        ) : (
          <p className="text-sm">
            {t('report.noStories')}{' '}
            <Link href="/new" className="text-sea-700 underline">
              {t('report.writeStory')}
            </Link>
          </p>
        )}
      </section>
    </article>
  );
}
