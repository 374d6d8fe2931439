import { getFormatter, getTranslations } from 'next-intl/server';
import type { Figure, Label, OutcomeInsights as OutcomeInsightsData } from '@/lib/insights/compute-insights';
import { BarChart } from './bar-chart';

// The /insights sections on how members' stories ended. Each chart is drawn
// for sighted readers and repeated as a table for everyone else; a figure
// behind fewer than MIN_STORIES stories shows "sample too small", nothing else.

type Translate = Awaited<ReturnType<typeof getTranslations<'insightsOutcomes'>>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

export function labelIn(item: Label, locale: string): string {
  return locale === 'en' ? item.labelEn : item.labelZh;
}

function percent(format: Format, share: number) {
  return format.number(share, { style: 'percent', maximumFractionDigits: 0 });
}

/** A chart of shares with its table: used for outcomes and stages. */
export function ShareFigure({
  id,
  title,
  rows,
  t,
  format,
  column,
}: {
  id: string;
  title: string;
  rows: { key: string; label: string; figure: Figure<{ count: number; share: number }> }[];
  t: Translate;
  format: Format;
  column: string;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid={`insights-${id}`}>
      <BarChart
        testId={`insights-${id}-chart`}
        bars={rows.map((r) => ({
          key: r.key,
          label: r.label,
          fraction: r.figure.suppressed ? null : r.figure.share,
          valueText: r.figure.suppressed ? t('insufficient') : `${percent(format, r.figure.share)}（${r.figure.count}）`,
        }))}
      />
      <table className="w-full border-collapse bg-white text-sm" data-testid={`insights-${id}-table`}>
        <caption className="p-2 text-left font-medium">{title}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">{column}</th>
            <th scope="col" className="p-2 text-right">{t('stories')}</th>
            <th scope="col" className="p-2 text-right">{t('share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b">
              <th scope="row" className="p-2 text-left font-normal">{r.label}</th>
              {r.figure.suppressed ? (
                <td colSpan={2} className="p-2 text-right text-gray-600">{t('insufficient')}</td>
              ) : (
                <>
                  <td className="p-2 text-right">{r.figure.count}</td>
                  <td className="p-2 text-right">{percent(format, r.figure.share)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MedianTable({
  id,
  title,
  column,
  rows,
  t,
  format,
}: {
  id: string;
  title: string;
  column: string;
  rows: { key: string; label: string; figure: Figure<{ count: number; median: number }> }[];
  t: Translate;
  format: Format;
}) {
  if (rows.length === 0) return null;
  return (
    <table className="w-full border-collapse bg-white text-sm" data-testid={`insights-${id}-table`}>
      <caption className="p-2 text-left font-medium">{title}</caption>
      <thead>
        <tr className="border-b text-left">
          <th scope="col" className="p-2">{column}</th>
          <th scope="col" className="p-2 text-right">{t('settledStories')}</th>
          <th scope="col" className="p-2 text-right">{t('medianMonths')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b">
            <th scope="row" className="p-2 text-left font-normal">{r.label}</th>
            {r.figure.suppressed ? (
              <td colSpan={2} className="p-2 text-right text-gray-600">{t('insufficient')}</td>
            ) : (
              <>
                <td className="p-2 text-right">{r.figure.count}</td>
                <td className="p-2 text-right">{format.number(r.figure.median, { maximumFractionDigits: 1 })}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function OutcomeInsights({ data, locale }: { data: OutcomeInsightsData; locale: string }) {
  const [t, format] = await Promise.all([getTranslations('insightsOutcomes'), getFormatter()]);
  const outcomeRows = data.outcomes.map((o) => ({ key: o.outcome.slug, label: labelIn(o.outcome, locale), figure: o.figure }));
  const stageRows = data.stages.map((s) => ({ key: s.stage.slug, label: labelIn(s.stage, locale), figure: s.figure }));
  return (
    <>
      <section aria-labelledby="insights-outcomes-heading" className="space-y-3" data-testid="insights-outcomes-section">
        <h2 id="insights-outcomes-heading" className="text-xl font-semibold">
          {t('outcomesHeading')}
        </h2>
        <p className="text-gray-700">
          {data.total.suppressed ? t('totalInsufficient') : t('total', { count: data.total.count })}
        </p>
        <ShareFigure id="outcomes" title={t('outcomesCaption')} column={t('outcome')} rows={outcomeRows} t={t} format={format} />
      </section>

      <section aria-labelledby="insights-stages-heading" className="space-y-3">
        <h2 id="insights-stages-heading" className="text-xl font-semibold">
          {t('stagesHeading')}
        </h2>
        <ShareFigure id="stages" title={t('stagesCaption')} column={t('stage')} rows={stageRows} t={t} format={format} />
      </section>

      <section aria-labelledby="insights-months-heading" className="space-y-3">
        <h2 id="insights-months-heading" className="text-xl font-semibold">
          {t('monthsHeading')}
        </h2>
        <p className="text-gray-700">{t('monthsIntro')}</p>
        {data.medianMonthsByOutcome.length === 0 && data.medianMonthsByLender.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 p-4">{t('insufficient')}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            <MedianTable
              id="months-outcome"
              title={t('monthsByOutcomeCaption')}
              column={t('outcome')}
              rows={data.medianMonthsByOutcome.map((r) => ({ key: r.outcome.slug, label: labelIn(r.outcome, locale), figure: r.figure }))}
              t={t}
              format={format}
            />
            <MedianTable
              id="months-lender"
              title={t('monthsByLenderCaption')}
              column={t('lender')}
              rows={data.medianMonthsByLender.map((r) => ({ key: r.lender.slug, label: labelIn(r.lender, locale), figure: r.figure }))}
              t={t}
              format={format}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="insights-lenders-heading" className="space-y-3">
        <h2 id="insights-lenders-heading" className="text-xl font-semibold">
          {t('lendersHeading')}
        </h2>
        {data.byLender.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 p-4">{t('insufficient')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse bg-white text-sm" data-testid="insights-lenders-table">
              <caption className="p-2 text-left font-medium">{t('lendersCaption')}</caption>
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="p-2">{t('lender')}</th>
                  <th scope="col" className="p-2 text-right">{t('stories')}</th>
                  {data.outcomes.map((o) => (
                    <th key={o.outcome.slug} scope="col" className="p-2 text-right">
                      {labelIn(o.outcome, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.byLender.map((row) => (
                  <tr key={row.lender.slug} className="border-b" data-lender={row.lender.slug}>
                    <th scope="row" className="p-2 text-left font-normal">{labelIn(row.lender, locale)}</th>
                    {row.figure.suppressed ? (
                      <td colSpan={data.outcomes.length + 1} className="p-2 text-right text-gray-600">
                        {t('insufficient')}
                      </td>
                    ) : (
                      <>
                        <td className="p-2 text-right">{row.figure.count}</td>
                        {row.figure.cells.map((cell) => (
                          <td key={cell.outcome.slug} className="p-2 text-right">
                            {cell.figure.suppressed ? <span className="text-gray-600">{t('insufficientShort')}</span> : cell.figure.count}
                          </td>
                        ))}
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** The notice that belongs beside every figure on this page and the stage guides. */
export async function SelfReportedNotice({ min }: { min: number }) {
  const t = await getTranslations('insightsOutcomes');
  return (
    <aside className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-gray-800" data-testid="insights-self-reported">
      <p>{t('selfReported')}</p>
      <p>{t('suppression', { min })}</p>
    </aside>
  );
}

/** GET form: the filters live in the URL so a filtered view can be shared. */
export async function InsightsFilterForm({
  lenders,
  years,
  lenderSlug,
  year,
  locale,
}: {
  lenders: Label[];
  years: number[];
  lenderSlug: string | undefined;
  year: number | undefined;
  locale: string;
}) {
  const t = await getTranslations('insightsOutcomes');
  return (
    <form method="get" action="/insights" className="flex flex-wrap items-end gap-3" data-testid="insights-filter">
      <label className="flex flex-col text-sm">
        {t('filterLender')}
        <select name="lender" defaultValue={lenderSlug ?? ''} className="rounded border p-1">
          <option value="">{t('allLenders')}</option>
          {lenders.map((l) => (
            <option key={l.slug} value={l.slug}>
              {labelIn(l, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t('filterYear')}
        <select name="year" defaultValue={year === undefined ? '' : String(year)} className="rounded border p-1">
          <option value="">{t('allYears')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-teal-700 px-3 py-1 text-sm text-white">
        {t('apply')}
      </button>
    </form>
  );
}
