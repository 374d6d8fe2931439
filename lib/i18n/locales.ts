import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** Set by the language switcher; wins over Accept-Language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** zh-CN first: a browser that asks for nothing we have gets Chinese. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
  try {
    return match(requested, [...locales], defaultLocale) as Locale;
  } catch {
    return defaultLocale;
  }
}
