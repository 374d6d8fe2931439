import type { Bilingual } from '@/lib/conduct/types';

/** The viewer's language side of a bilingual rule text. */
export function pick(text: Bilingual, locale: string): string {
  return locale === 'en' ? text.en : text.zh;
}

/** Punctuation between parts of a sentence in the viewer's language. */
export function punctuation(locale: string) {
  return locale === 'en' ? { colon: ': ', comma: ', ', stop: '. ', list: ', ' } : { colon: '：', comma: '，', stop: '。', list: '、' };
}

export function lenderLabel(lender: { labelZh: string; labelEn: string } | null, locale: string): string {
  if (!lender) return '—';
  return locale === 'en' ? lender.labelEn : lender.labelZh;
}

/** Zones offered in the form; any other IANA name can still be typed. */
export const commonTimeZones = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Australia/Sydney',
  'UTC',
] as const;
