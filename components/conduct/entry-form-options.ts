import type { OwnStoryChoice } from '@/lib/conduct/queries';
import type { Taxonomy } from '@/lib/taxonomy/queries';
import type { ConductFormOption } from './conduct-entry-form';
import { commonTimeZones } from './labels';

/** Lenders, the member's own stories and common zones as plain options for the client form. */
export function conductFormOptions(taxonomy: Taxonomy, stories: OwnStoryChoice[], locale: string) {
  const lenders: ConductFormOption[] = taxonomy.lenders.map((l) => ({ id: l.id, label: locale === 'en' ? l.labelEn : l.labelZh }));
  return { lenders, stories: stories.map((s) => ({ id: s.id, label: s.title })), timeZones: commonTimeZones };
}
