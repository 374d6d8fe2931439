import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * Namespaces used by client components ('use client' + useTranslations).
 * Only these are serialized to the browser, and only on the routes wrapped in
 * <ClientIntl>: the read pages `/` and `/stories` have no client-side
 * translations, so next-intl's client runtime is not shipped to them.
 */
export const CLIENT_NAMESPACES = [
  'account',
  'auth',
  'conduct',
  'experts',
  'follow',
  'form',
  'moderation',
  'notificationSettings',
  'notifications',
  'questions',
  'report',
  'search',
  'thread',
] as const;

/** Wraps a route segment whose client components call useTranslations. */
export async function ClientIntl({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  const sent = Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={sent}>{children}</NextIntlClientProvider>;
}
