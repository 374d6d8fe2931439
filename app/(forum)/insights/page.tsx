import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConductInsights } from '@/components/conduct/conduct-insights';
import { getConductInsights } from '@/lib/dal/conduct';

// One page, one section per kind of figure; each section is its own component.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('insights'))('title') };
}

export default async function InsightsPage() {
  const [t, locale, conduct] = await Promise.all([getTranslations('insights'), getLocale(), getConductInsights()]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-gray-700">{t('intro')}</p>
      </div>
      <ConductInsights data={conduct} locale={locale} />
    </div>
  );
}
