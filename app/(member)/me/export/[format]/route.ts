import { getLocale, getTranslations } from 'next-intl/server';
import { renderExportHtml } from '@/lib/accounts/export-html';
import { exportMyData } from '@/lib/dal/account';
import { isAppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

const sectionKeys = [
  'profile',
  'threads',
  'replies',
  'votes',
  'bookmarks',
  'follows',
  'notifications',
  'notificationPreferences',
  'conductLog',
  'expertApplications',
  'reportsFiled',
  'recoveryCodes',
] as const;

/**
 * The viewer's own data as one download: `/me/export/json` or
 * `/me/export/html`. The DAL checks the session; nobody else's export can be
 * asked for, since there is no id in the URL.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (format !== 'json' && format !== 'html') return new Response('Not found', { status: 404 });
  let data;
  try {
    data = await exportMyData();
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthenticated') return new Response('Sign in first', { status: 401 });
    throw error;
  }
  const day = data.exportedAt.slice(0, 10);
  const headers = {
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': `attachment; filename="ashore-export-${day}.${format}"`,
  };
  if (format === 'json') {
    return new Response(JSON.stringify(data, null, 2), { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  }
  const [t, locale] = await Promise.all([getTranslations('account'), getLocale()]);
  const html = renderExportHtml(data, {
    title: t('exportDocumentTitle', { handle: data.profile.handle }),
    lang: locale,
    sections: Object.fromEntries(sectionKeys.map((key) => [key, t(`exportSections.${key}`)])),
  });
  return new Response(html, { headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}
