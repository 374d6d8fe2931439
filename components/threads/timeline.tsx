import { getLocale, getTranslations } from 'next-intl/server';
import type { TimelineEntryView } from '@/lib/threads/dto';
import { byId, type Taxonomy } from '@/lib/taxonomy/queries';
import { labelOf } from './labels';

export async function Timeline({ entries, taxonomy }: { entries: TimelineEntryView[]; taxonomy: Taxonomy }) {
  const [t, locale] = await Promise.all([getTranslations('thread'), getLocale()]);
  if (!entries.length) return null;
  return (
    <section aria-labelledby="timeline-heading" className="mt-6">
      <h2 id="timeline-heading" className="mb-2 text-base font-semibold">
        {t('timeline')}
      </h2>
      <ol className="relative space-y-3 border-l-2 border-sea-100 pl-4" data-testid="timeline">
        {entries.map((entry, index) => {
          const stage = byId(taxonomy.stages, entry.stageId);
          return (
            <li key={index} className="relative">
              <span className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-sea-600" aria-hidden />
              <p className="text-sm text-gray-600">
                <time dateTime={entry.datePrecision === 'month' ? entry.occurredOn.slice(0, 7) : entry.occurredOn}>
                  {entry.datePrecision === 'month' ? entry.occurredOn.slice(0, 7) : entry.occurredOn}
                </time>
                {stage ? <span className="ml-2 rounded bg-sea-50 px-1.5 text-sea-800">{labelOf(stage, locale)}</span> : null}
              </p>
              <p className="text-gray-900">{entry.note}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
