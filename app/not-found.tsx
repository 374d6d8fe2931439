import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <div className="space-y-3 py-10 text-center" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-gray-700">{t('body')}</p>
      <Link href="/" className="text-sea-700 underline">
        {t('home')}
      </Link>
    </div>
  );
}
