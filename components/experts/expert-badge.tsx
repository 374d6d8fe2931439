import { getLocale, getTranslations } from 'next-intl/server';
import { labelOf } from '@/components/threads/labels';
import type { ExpertBadge as Badge } from '@/lib/threads/dto';
import { byId, type Taxonomy } from '@/lib/taxonomy/queries';

/** 执业律师 · 起诉/诉讼, with the declared interest beside it; marked when no longer current. */
export async function ExpertBadge({ badge, taxonomy }: { badge: Badge; taxonomy: Taxonomy }) {
  const [t, locale] = await Promise.all([getTranslations('experts'), getLocale()]);
  const profession = badge.profession === 'other' && badge.professionOther ? badge.professionOther : t(`professions.${badge.profession}`);
  const scope = badge.scopeStageIds.map((id) => labelOf(byId(taxonomy.stages, id), locale)).join('、');
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="expert-badge" data-current={badge.current}>
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${badge.current ? 'bg-sea-700 text-white' : 'bg-gray-200 text-gray-700'}`}>
        ✓ {profession} · {scope}
      </span>
      {badge.current ? null : <span className="text-xs text-gray-600">{t('notCurrent')}</span>}
      {badge.interest ? (
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950" data-testid="expert-interest">
          {t('interestLabel', { statement: badge.interest })}
        </span>
      ) : null}
    </span>
  );
}
