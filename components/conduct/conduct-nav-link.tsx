import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The header's link to the member's private conduct log (rendered for signed-in members only). */
export async function ConductNavLink() {
  const t = await getTranslations('conduct');
  return (
    <Link href="/me/conduct" className="text-gray-800 hover:text-sea-700" data-testid="conduct-link">
      {t('nav')}
    </Link>
  );
}
