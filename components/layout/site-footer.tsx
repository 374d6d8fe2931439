import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer className="border-t border-gray-200 bg-white">
      <div className="mx-auto max-w-4xl space-y-1 px-4 py-6 text-sm text-gray-700">
        <p data-testid="legal-disclaimer">{t('disclaimer')}</p>
        <p>{t('privacy')}</p>
      </div>
    </footer>
  );
}
