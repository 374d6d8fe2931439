import { getTranslations } from 'next-intl/server';
import { punctuation } from './labels';

/**
 * Where to complain, with the source of each channel. Only the two national
 * hotlines are given as numbers: a lender's own line is to be taken from its
 * official site or app, never from a collector.
 */
export async function ConductComplaints({ lenders, locale }: { lenders: string[]; locale: string }) {
  const t = await getTranslations('conduct.complaints');
  const tr = await getTranslations('conduct.report');
  return (
    <section aria-labelledby="conduct-complain-heading" className="space-y-2 break-inside-avoid" data-testid="conduct-complaints">
      <h2 id="conduct-complain-heading" className="text-lg font-semibold">
        {tr('complain')}
      </h2>
      <p className="text-sm">{t('intro')}</p>
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        <li data-testid="complain-lender">{lenders.length ? t('lender', { lenders: lenders.join(punctuation(locale).list) }) : t('lenderNone')}</li>
        <li data-testid="complain-12378">
          {t('nfra')}
          <span className="block text-xs text-gray-700">{t('nfraSource')}</span>
        </li>
        <li data-testid="complain-12315">
          {t('samr')}
          <span className="block text-xs text-gray-700">{t('samrSource')}</span>
        </li>
        <li data-testid="complain-cfpb">
          {t('cfpb')}
          <span className="block text-xs text-gray-700">{t('cfpbSource')}</span>
        </li>
      </ol>
      <p className="text-sm">{t('police')}</p>
    </section>
  );
}
