import { getTranslations } from 'next-intl/server';

/** The search box in the site header: a plain GET form, works without JavaScript. */
export async function HeaderSearch() {
  const t = await getTranslations('search');
  return (
    <form role="search" action="/search" method="get" className="flex items-center" data-testid="header-search">
      <label htmlFor="site-search" className="sr-only">
        {t('headerLabel')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder={t('headerPlaceholder')}
        className="w-40 rounded border border-gray-300 bg-white px-2 py-1 text-sm sm:w-48"
      />
      <button type="submit" className="sr-only">
        {t('submit')}
      </button>
    </form>
  );
}
