import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { labelOf } from '@/components/threads/labels';
import { searchKinds } from '@/lib/search/schemas';
import type { ParsedSearchParams } from '@/lib/search/search-params';
import type { Taxonomy, TaxonomyItem } from '@/lib/taxonomy/queries';

/** The query and its filters as one GET form: every search is a shareable URL. */
export async function SearchForm({
  q,
  selected,
  taxonomy,
}: {
  q: string;
  selected: ParsedSearchParams['selected'];
  taxonomy: Taxonomy;
}) {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale()]);
  const select = (name: string, label: string, items: TaxonomyItem[], value?: string) => (
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
    <form method="get" action="/search" role="search" className="space-y-3 rounded-lg bg-white p-4" data-testid="search-form">
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t('label')}
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 rounded border border-gray-300 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-800">
          {t('submit')}
        </button>
      </div>
      <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <legend className="sr-only">{t('filters')}</legend>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-gray-800">{t('kind')}</span>
          <select name="kind" defaultValue={selected.kind} className="rounded border border-gray-300 bg-white px-2 py-1.5">
            {searchKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {select('stage', t('stage'), taxonomy.stages, selected.stage)}
        {select('outcome', t('outcome'), taxonomy.outcomes, selected.outcome)}
        {select('lender', t('lender'), taxonomy.lenders, selected.lender)}
      </fieldset>
      {selected.stage || selected.outcome || selected.lender || selected.kind !== 'all' ? (
        <Link href={q ? `/search?${new URLSearchParams({ q })}` : '/search'} className="text-sm text-gray-700 underline">
          {t('clearFilters')}
        </Link>
      ) : null}
    </form>
  );
}
