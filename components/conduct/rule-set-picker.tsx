import { getTranslations } from 'next-intl/server';
import type { RuleSet } from '@/lib/conduct/types';
import { pick } from './labels';

/** A plain GET form: works without JavaScript and keeps the choice in the URL (?ruleSet=…). */
export async function RuleSetPicker({
  action,
  ruleSets,
  current,
  locale,
}: {
  action: string;
  ruleSets: RuleSet[];
  current: string;
  locale: string;
}) {
  const t = await getTranslations('conduct.ruleSet');
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2 print:hidden" data-testid="rule-set-picker">
      <label className="space-y-1">
        <span className="block text-sm font-medium">{t('label')}</span>
        <select name="ruleSet" defaultValue={current} className="rounded border border-gray-300 bg-white px-2 py-1.5">
          {ruleSets.map((set) => (
            <option key={set.slug} value={set.slug}>
              {pick(set.title, locale)} · {t('version', { version: set.version })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-sea-600 px-3 py-1.5 text-sm text-sea-800">
        {t('apply')}
      </button>
    </form>
  );
}
