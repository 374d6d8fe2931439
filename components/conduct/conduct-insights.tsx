import { getFormatter, getTranslations } from 'next-intl/server';
import type { ConductInsights as ConductInsightsData } from '@/lib/conduct/conduct-insights';
import { lenderLabel, pick } from './labels';

/** The /insights section on logged collection conduct: a plain, server-rendered table. */
export async function ConductInsights({ data, locale }: { data: ConductInsightsData; locale: string }) {
  const [t, format] = await Promise.all([getTranslations('insights.conduct'), getFormatter()]);
  return (
    <section aria-labelledby="insights-conduct-heading" className="space-y-3" data-testid="insights-conduct">
      <h2 id="insights-conduct-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-gray-700">{t('intro', { ruleSet: pick(data.ruleSet.title, locale), version: data.ruleSet.version })}</p>
      {data.rows.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] border-collapse bg-white text-sm" data-testid="insights-conduct-table">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">{t('lender')}</th>
                <th scope="col" className="p-2 text-right">{t('logs')}</th>
                <th scope="col" className="p-2 text-right">{t('collectors')}</th>
                <th scope="col" className="p-2 text-right">{t('flagged')}</th>
                <th scope="col" className="p-2 text-right">{t('share')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.lender.slug} className="border-b" data-testid="insights-conduct-row" data-lender={row.lender.slug}>
                  <th scope="row" className="p-2 text-left font-normal">
                    {lenderLabel(row.lender, locale)}
                  </th>
                  {row.suppressed ? (
                    <td colSpan={4} className="p-2 text-right text-gray-600">
                      {t('insufficient')}
                    </td>
                  ) : (
                    <>
                      <td className="p-2 text-right">{row.logs}</td>
                      <td className="p-2 text-right">{row.collectors}</td>
                      <td className="p-2 text-right">{row.flaggedCollectors}</td>
                      <td className="p-2 text-right font-medium">{format.number(row.share, { style: 'percent', maximumFractionDigits: 0 })}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-gray-700">{t('suppression', { min: data.minLogs })}</p>
      <p className="text-sm text-gray-700">{t('disclaimer')}</p>
    </section>
  );
}
