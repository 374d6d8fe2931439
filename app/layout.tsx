import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
  };
}

/**
 * Namespaces used by client components ('use client' + useTranslations).
 * Only these are serialized into every page; the rest (stage guides, help
 * texts …) stay on the server.
 */
const CLIENT_NAMESPACES = [
  'account',
  'auth',
  'conduct',
  'experts',
  'follow',
  'form',
  'language',
  'moderation',
  'notificationSettings',
  'notifications',
  'outage',
  'questions',
  'report',
  'search',
  'thread',
] as const;

function clientMessages(messages: Record<string, unknown>) {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations('nav'), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
