import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, negotiateLocale } from './locales';
import { cachedMessages } from './messages';

// No locale in the URL: the language is negotiated per request from the
// switcher's cookie, then Accept-Language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
  return {
    locale,
    messages: await cachedMessages(locale),
    timeZone: 'Asia/Shanghai',
  };
});
