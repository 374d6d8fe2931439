import type { Taxonomy } from '@/lib/taxonomy/queries';
import { labelOf } from './labels';
import type { Option } from './story-form';

/** Taxonomy as plain, localized options for the client form. */
export function storyFormOptions(taxonomy: Taxonomy, locale: string): Record<'stages' | 'outcomes' | 'lenders' | 'amountBands', Option[]> {
  const map = (items: Taxonomy['stages']) => items.map((item) => ({ id: item.id, label: labelOf(item, locale) }));
  return {
    stages: map(taxonomy.stages),
    outcomes: map(taxonomy.outcomes),
    lenders: taxonomy.lenders.map((l) => ({ id: l.id, label: labelOf(l, locale), isOther: l.isOther })),
    amountBands: map(taxonomy.amountBands),
  };
}
