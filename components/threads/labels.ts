import type { TaxonomyItem } from '@/lib/taxonomy/queries';

export function labelOf(item: TaxonomyItem | undefined, locale: string): string {
  if (!item) return '';
  return locale === 'en' ? item.labelEn : item.labelZh;
}
