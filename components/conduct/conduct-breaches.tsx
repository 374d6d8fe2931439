import { getTranslations } from 'next-intl/server';
import type { ConductEntryView } from '@/lib/conduct/dto';
import type { ConductReport } from '@/lib/conduct/types';
import { lenderLabel, pick, punctuation } from './labels';

/**
 * Each possible breach with its rule, source and the entries that trigger
 * it, then counts per collector. Entries are referred to by their number in
 * the owner's log (#1 is the oldest).
 */
export async function ConductBreaches({
  report,
  entries,
  locale,
  headingLevel = 2,
}: {
  report: ConductReport;
  entries: ConductEntryView[];
  locale: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations('conduct');
  const { colon, comma, stop, list } = punctuation(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const byId = new Map(entries.map((entry, index) => [entry.id, { entry, n: index + 1 }]));
  const lenderOf = (slug: string) => entries.find((e) => e.lender?.slug === slug)?.lender ?? null;

  return (
    <section aria-labelledby="conduct-breaches-heading" className="space-y-3" data-testid="conduct-breaches">
      <Heading id="conduct-breaches-heading" className="text-lg font-semibold">
        {t('breaches.heading')}
        {report.breaches.length ? <span className="ml-2 text-base font-normal text-gray-700">{t('breaches.count', { count: report.breaches.length })}</span> : null}
      </Heading>
      {report.breaches.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4" data-testid="conduct-no-breaches">
          {t('breaches.none')}
        </p>
      ) : (
        <ol className="space-y-3">
          {report.breaches.map((breach, index) => {
            const first = byId.get(breach.entryIds[0]!)?.entry;
            const collector = [
              lenderLabel(lenderOf(breach.lenderKey), locale),
              breach.collectorKey !== breach.lenderKey && first?.agency ? first.agency : null,
            ]
              .filter(Boolean)
              .join(' / ');
            const source = breach.rule.source;
            return (
              <li
                key={`${breach.ruleId}-${breach.entryIds.join('-')}-${index}`}
                className="rounded-lg border border-amber-300 bg-white p-3 break-inside-avoid"
                data-testid="conduct-breach"
                data-rule-id={breach.ruleId}
              >
                <Sub className="font-semibold">{pick(breach.rule.title, locale)}</Sub>
                <p className="mt-1">{pick(breach.explanation, locale)}</p>
                <p className="mt-1 text-sm">
                  <span className="font-medium">{t('breaches.entries')}{colon}</span>
                  {breach.entryIds
                    .map((id) => byId.get(id))
                    .filter((x) => x !== undefined)
                    .map(({ entry, n }) => `#${n} (${entry.localDate} ${entry.localTime})`)
                    .join(list)}
                  {collector ? ` · ${collector}` : null}
                </p>
                <p className="mt-1 text-sm text-gray-700" data-testid="conduct-breach-source">
                  <span className="font-medium">{t('breaches.source')}{colon}</span>
                  {[source.title, source.publisher].join(comma)}{stop}{source.citation}
                  {source.url ? (
                    <>
                      {' '}
                      <a href={source.url} className="text-sea-700 underline" rel="noopener noreferrer">
                        {t('breaches.openSource')}
                      </a>
                      <span className="hidden print:inline"> ({source.url})</span>
                    </>
                  ) : null}
                  <span className="ml-1 text-xs text-gray-600">{t('breaches.checkedOn', { date: breach.rule.checkedOn })}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}

      {report.perCollector.length ? (
        <div className="overflow-x-auto print:overflow-visible">
          <table className="w-full border-collapse bg-white text-sm" data-testid="conduct-per-collector">
            <caption className="p-2 text-left font-medium">{t('breaches.perCollector')}</caption>
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">{t('breaches.collector')}</th>
                <th scope="col" className="p-2">{t('breaches.entriesCount')}</th>
                <th scope="col" className="p-2">{t('breaches.breachCount')}</th>
                <th scope="col" className="p-2">{t('breaches.flaggedEntries')}</th>
              </tr>
            </thead>
            <tbody>
              {report.perCollector.map((c) => (
                <tr key={c.collectorKey} className="border-b">
                  <th scope="row" className="p-2 text-left font-normal">
                    {lenderLabel(lenderOf(c.lenderKey), locale)} / {c.agency ?? t('list.ownStaff')}
                  </th>
                  <td className="p-2">{c.entries}</td>
                  <td className="p-2">{c.breaches}</td>
                  <td className="p-2">{c.flaggedEntries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
