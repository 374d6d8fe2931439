import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const [t, tHelp] = await Promise.all([getTranslations('footer'), getTranslations('help')]);
  return (
    <footer className="border-t border-gray-200 bg-white">
      <div className="mx-auto max-w-4xl space-y-1 px-4 py-6 text-sm text-gray-700">
        <p>
          <Link href="/help" className="font-medium text-sea-700 underline hover:text-sea-800" data-testid="footer-help-link">
            {tHelp('footerLink')}
          </Link>
        </p>
        <p data-testid="legal-disclaimer">{t('disclaimer')}</p>
        <p>{t('privacy')}</p>
      </div>
    </footer>
  );
}
