import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ParsedStoryParams } from '@/lib/threads/list-params';
import { storySorts } from '@/lib/threads/list-stories';
import type { Taxonomy } from '@/lib/taxonomy/queries';
import { labelOf } from './labels';

/** A plain GET form: filters live in the URL and work without JavaScript. */
export async function StoryFilters({
  action,
  taxonomy,
  selected,
  hideStage = false,
}: {
  action: string;
  taxonomy: Taxonomy;
  selected: ParsedStoryParams['selected'];
  hideStage?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('stories'), getLocale()]);
  const select = (name: string, label: string, items: { slug: string; labelZh: string; labelEn: string; id: number; position: number }[], value?: string) => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-gray-800">{label}</span>
      <select name={name} defaultValue={value ?? ''} className="rounded border border-gray-300 bg-white px-2 py-1.5">
        <option value="">{t('any')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.slug}>
            {labelOf(item, locale)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={action} aria-label={t('filters')} className="grid grid-cols-2 gap-3 rounded-lg bg-white p-4 sm:grid-cols-4" data-testid="story-filters">
      {hideStage ? null : select('stage', t('stage'), taxonomy.stages, selected.stage)}
      {select('outcome', t('outcome'), taxonomy.outcomes, selected.outcome)}
      {select('lender', t('lender'), taxonomy.lenders, selected.lender)}
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium text-gray-800">{t('sort')}</span>
        <select name="sort" defaultValue={selected.sort} className="rounded border border-gray-300 bg-white px-2 py-1.5">
          {storySorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="col-span-2 flex items-center gap-3 sm:col-span-4">
        <button type="submit" className="rounded bg-sea-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-sea-800">
          {t('apply')}
        </button>
        <Link href={action} className="text-sm text-gray-700 underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
