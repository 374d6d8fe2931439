import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { labelOf } from '@/components/threads/labels';
import type { ExpertSummary } from '@/lib/experts/queries';
import { byId, type Taxonomy } from '@/lib/taxonomy/queries';

/** Credentials as the public sees them: licence partly masked, scope, expiry, declared interest, track record. */
export async function ExpertCard({ expert, taxonomy, showName = true }: { expert: ExpertSummary; taxonomy: Taxonomy; showName?: boolean }) {
  const [t, locale, format] = await Promise.all([getTranslations('experts'), getLocale(), getFormatter()]);
  const profession = expert.profession === 'other' && expert.professionOther ? expert.professionOther : t(`professions.${expert.profession}`);
  return (
    <article className="rounded-lg border border-gray-200 bg-white p-4" data-testid="expert-card">
      {showName ? (
        <h3 className="font-semibold">
          <Link href={`/u/${expert.handle}`} className="text-sea-800 hover:underline">
            {expert.displayName}
          </Link>
        </h3>
      ) : null}
      <p className="mt-1 text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${expert.current ? 'bg-sea-700 text-white' : 'bg-gray-200 text-gray-700'}`}>
          ✓ {profession}
        </span>{' '}
        {t('yearsValue', { count: expert.yearsOfPractice })} · {t('licence')}: <span className="font-mono">{expert.licenceMasked}</span>
      </p>
      <p className="mt-1 text-sm text-gray-700">
        {t('scope', { stages: expert.scopeStageIds.map((id) => labelOf(byId(taxonomy.stages, id), locale)).join('、') })} ·{' '}
        {expert.current ? t('validUntil', { date: format.dateTime(expert.expiresAt, { dateStyle: 'medium' }) }) : t('expired')}
      </p>
      <p className="mt-1 text-sm">
        {expert.interest ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-950">{t('interestLabel', { statement: expert.interest })}</span>
        ) : (
          <span className="text-gray-600">{t('noInterest')}</span>
        )}
      </p>
      <p className="mt-1 text-xs text-gray-600">{t('stats', { answers: expert.answers, accepted: expert.acceptedAnswers, helpful: expert.helpfulVotes })}</p>
    </article>
  );
}
