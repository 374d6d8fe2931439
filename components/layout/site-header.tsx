import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { signOutAction } from '@/lib/actions/auth';
import { ConductNavLink } from '@/components/conduct/conduct-nav-link';
import { isDatabaseUnavailableError } from '@/db/unavailable';
import { getViewer } from '@/lib/dal/viewer';
import { NotificationBadge } from '@/components/notifications/notification-badge';
import { HeaderSearch } from '@/components/search/header-search';
import { LanguageSwitcher } from './language-switcher';

export async function SiteHeader() {
  // The header is on every page, /help and the outage page included: when the
  // viewer cannot be read (database unreachable), it renders as for a guest
  // instead of taking the whole layout down. Pages and actions still see the
  // failure and answer it themselves.
  const [t, tl, viewer, locale] = await Promise.all([
    getTranslations('nav'),
    getTranslations('language'),
    getViewer().catch((error: unknown) => {
      if (isDatabaseUnavailableError(error)) return null;
      throw error;
    }),
    getLocale(),
  ]);
  return (
    <header className="border-b border-sea-100 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-sea-800">
          上岸 <span className="text-sm font-normal text-gray-600">Ashore</span>
        </Link>
        <nav aria-label={t('main')} className="flex flex-1 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link href="/stories" className="text-gray-800 hover:text-sea-700">
            {t('stories')}
          </Link>
          <Link href="/settled" className="text-gray-800 hover:text-sea-700">
            {t('settled')}
          </Link>
          <Link href="/questions" className="text-gray-800 hover:text-sea-700">
            {t('questions')}
          </Link>
          <Link href="/experts" className="text-gray-800 hover:text-sea-700">
            {t('experts')}
          </Link>
          <Link href="/new" className="rounded bg-sea-700 px-3 py-1.5 font-medium text-white hover:bg-sea-800">
            {t('newStory')}
          </Link>
        </nav>
        <HeaderSearch />
        <div className="flex items-center gap-3 text-sm">
          {viewer ? (
            <>
              {viewer.role === 'moderator' || viewer.role === 'admin' ? (
                <Link href="/mod" className="text-gray-800 hover:text-sea-700" data-testid="mod-link">
                  {t('moderation')}
                </Link>
              ) : null}
              <ConductNavLink />
              <NotificationBadge />
              <Link href={`/u/${viewer.handle}`} className="text-gray-800 hover:text-sea-700" data-testid="viewer-name">
                {viewer.displayName}
              </Link>
              <Link href="/settings/account" className="text-gray-800 hover:text-sea-700" data-testid="settings-link">
                {t('account')}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="text-gray-700 underline hover:text-sea-700">
                  {t('signOut')}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className="text-gray-800 hover:text-sea-700">
                {t('signIn')}
              </Link>
              <Link href="/signup" className="text-gray-800 hover:text-sea-700">
                {t('signUp')}
              </Link>
            </>
          )}
          <LanguageSwitcher current={locale} labels={{ switch: tl('switch'), 'zh-CN': tl('zh-CN'), en: tl('en') }} />
        </div>
      </div>
    </header>
  );
}
