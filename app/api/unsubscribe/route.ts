import { getTranslations } from 'next-intl/server';
import { unsubscribeWithLink, readUnsubscribeLink } from '@/lib/dal/notifications';
import { isAppError } from '@/lib/errors';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales';

// The one-click unsubscribe link of every mail. It works without signing in:
// the signed token is the authority, and a forged or altered one changes
// nothing. GET only shows a confirmation page, because mail scanners and
// link previews fetch GET links on their own; POST unsubscribes, both from
// that page's button and from mail clients' RFC 8058 one-click
// ("List-Unsubscribe=One-Click" posted to the very same URL).

export const dynamic = 'force-dynamic';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function translator(request: Request) {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get('cookie') ?? '')?.[1];
  const locale = negotiateLocale(cookie, request.headers.get('accept-language'));
  return { locale, t: await getTranslations({ locale, namespace: 'unsubscribe' }) };
}

function page(locale: string, title: string, body: string, status: number): Response {
  const html = `<!doctype html><html lang="${escape(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  });
}

function tokenOf(request: Request): string {
  return new URL(request.url).searchParams.get('token') ?? '';
}

function refused(error: unknown, locale: string, t: Awaited<ReturnType<typeof translator>>['t']): Response {
  if (isAppError(error) && error.code === 'not_found') return page(locale, t('title'), `<p data-testid="unsubscribe-invalid">${escape(t('invalid'))}</p>`, 400);
  throw error;
}

export async function GET(request: Request) {
  const { locale, t } = await translator(request);
  const token = tokenOf(request);
  try {
    const { purpose } = readUnsubscribeLink(token);
    const question = purpose === 'digest' ? t('confirmDigest') : t('confirmImmediate');
    const action = `/api/unsubscribe?token=${encodeURIComponent(token)}`;
    return page(
      locale,
      t('title'),
      `<p>${escape(question)}</p><form method="post" action="${escape(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" data-testid="unsubscribe-confirm">${escape(t('confirm'))}</button></form>`,
      200,
    );
  } catch (error) {
    return refused(error, locale, t);
  }
}

export async function POST(request: Request) {
  const { locale, t } = await translator(request);
  try {
    await unsubscribeWithLink(tokenOf(request));
    return page(locale, t('title'), `<p data-testid="unsubscribe-done">${escape(t('done'))}</p>`, 200);
  } catch (error) {
    return refused(error, locale, t);
  }
}
