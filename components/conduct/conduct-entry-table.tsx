import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { deleteConductEntryAction } from '@/lib/actions/conduct';
import type { ConductEntryView } from '@/lib/conduct/dto';
import { ConductDeleteButton } from './conduct-delete-button';
import { lenderLabel, punctuation } from './labels';

/**
 * The owner's log as a table, oldest first, numbered as the breaches refer
 * to entries. `manage` adds edit and delete; `report` adds the notes and
 * evidence, for the owner's printed summary.
 */
export async function ConductEntryTable({
  entries,
  flaggedIds,
  locale,
  variant,
}: {
  entries: ConductEntryView[];
  flaggedIds: ReadonlySet<number>;
  locale: string;
  variant: 'manage' | 'report';
}) {
  const t = await getTranslations('conduct');
  const { colon, list } = punctuation(locale);
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm print:min-w-0" data-testid="conduct-entries">
        <caption className="sr-only">{t('list.caption')}</caption>
        <thead>
          <tr className="border-b text-left align-bottom">
            <th scope="col" className="p-2">{t('list.number')}</th>
            <th scope="col" className="p-2">{t('list.when')}</th>
            <th scope="col" className="p-2">{t('list.how')}</th>
            <th scope="col" className="p-2">{t('list.collector')}</th>
            <th scope="col" className="p-2">{t('list.what')}</th>
            {variant === 'manage' ? (
              <th scope="col" className="p-2">
                {t('list.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const flagged = flaggedIds.has(entry.id);
            return (
              <tr
                key={entry.id}
                id={`entry-${entry.id}`}
                className={`border-b align-top break-inside-avoid ${flagged ? 'bg-amber-50' : ''}`}
                data-testid="conduct-entry"
                data-flagged={flagged ? 'true' : 'false'}
              >
                <th scope="row" className="p-2 text-left font-mono">
                  #{index + 1}
                </th>
                <td className="p-2 whitespace-nowrap">
                  <time dateTime={entry.occurredAt.toISOString()}>
                    {entry.localDate} {entry.localTime}
                  </time>
                  <span className="block text-xs text-gray-600">{entry.timeZone}</span>
                </td>
                <td className="p-2">
                  {t(`channels.${entry.channel}`)}
                  {entry.channel === 'call' && entry.connected !== null ? (
                    <span className="block text-xs text-gray-700">{entry.connected ? t('list.connected') : t('list.notConnected')}</span>
                  ) : null}
                  {entry.thirdParty ? (
                    <span className="block text-xs font-medium text-red-800">
                      {t('list.contacted', { who: t(`thirdParties.${entry.thirdParty}`) })}
                    </span>
                  ) : null}
                  {entry.agreedToContactAtNight ? <span className="block text-xs text-gray-700">{t('list.agreed')}</span> : null}
                </td>
                <td className="p-2">
                  {lenderLabel(entry.lender, locale)}
                  <span className="block text-xs text-gray-700">{entry.agency || t('list.ownStaff')}</span>
                  {entry.collectorName ? (
                    <span className="block text-xs text-gray-700">{t('list.collectorName', { name: entry.collectorName })}</span>
                  ) : null}
                </td>
                <td className="p-2">
                  {flagged ? (
                    <span className="mb-1 inline-block rounded bg-amber-200 px-1.5 text-xs font-medium text-amber-950" data-testid="conduct-entry-flag">
                      ⚠ {t('list.flagged')}
                    </span>
                  ) : null}
                  {entry.categories.length ? (
                    <span className="block">{entry.categories.map((c) => t(`categories.${c}`)).join(list)}</span>
                  ) : null}
                  {entry.note ? (
                    <span className={variant === 'report' ? 'block whitespace-pre-wrap' : 'block line-clamp-2 whitespace-pre-wrap'}>
                      {variant === 'report' ? <span className="font-medium">{t('list.note')}{colon}</span> : null}
                      {entry.note}
                    </span>
                  ) : null}
                  {variant === 'report' && entry.evidenceNote ? (
                    <span className="block whitespace-pre-wrap">
                      <span className="font-medium">{t('list.evidence')}{colon}</span>
                      {entry.evidenceNote}
                    </span>
                  ) : null}
                </td>
                {variant === 'manage' ? (
                  <td className="p-2 whitespace-nowrap">
                    <Link href={`/me/conduct/${entry.id}/edit`} className="mr-3 text-sea-700 underline" data-testid={`conduct-edit-${entry.id}`}>
                      {t('list.edit')}
                    </Link>
                    <ConductDeleteButton action={deleteConductEntryAction} entryId={entry.id} />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
