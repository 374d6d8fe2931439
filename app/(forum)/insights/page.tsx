import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConductInsights } from '@/components/conduct/conduct-insights';
import { InsightsFilterForm, OutcomeInsights, SelfReportedNotice } from '@/components/insights/outcome-insights';
import { getConductInsights } from '@/lib/dal/conduct';
import { getTaxonomy } from '@/lib/dal/database';
import { getInsights } from '@/lib/dal/insights';
import { bySlug } from '@/lib/taxonomy/queries';

// One page, one section per kind of figure; each section is its own component.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insights'))('title') };
}

/** The first year the filter offers; stories are not older than the forum. */
const FIRST_YEAR = 2020;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InsightsPage({ searchParams }: Props) {
  const params = await searchParams;
  const taxonomy = await getTaxonomy();
  const lender = bySlug(taxonomy.lenders, typeof params.lender === 'string' ? params.lender : undefined);
  const lastYear = new Date().getUTCFullYear();
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);
  const yearParam = typeof params.year === 'string' ? Number(params.year) : NaN;
  const year = years.includes(yearParam) ? yearParam : undefined;
  const [t, locale, conduct, outcomes] = await Promise.all([
    getTranslations('insights'),
    getLocale(),
    getConductInsights(),
    getInsights({ lenderId: lender?.id, year }),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-gray-700">{t('intro')}</p>
      </div>
      <SelfReportedNotice min={outcomes.minStories} />
      <InsightsFilterForm lenders={taxonomy.lenders} years={years} lenderSlug={lender?.slug} year={year} locale={locale} />
      <OutcomeInsights data={outcomes} locale={locale} />
      <ConductInsights data={conduct} locale={locale} />
    </div>
  );
}
