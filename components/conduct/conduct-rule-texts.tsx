import { getTranslations } from 'next-intl/server';
import type { RuleSet } from '@/lib/conduct/types';
import { pick, punctuation } from './labels';

/** Every rule of the set as summarized, with its source and when it was checked: what the report's flags rest on. */
export async function ConductRuleTexts({ ruleSet, locale }: { ruleSet: RuleSet; locale: string }) {
  const t = await getTranslations('conduct');
  const { colon, comma, stop } = punctuation(locale);
  return (
    <section aria-labelledby="conduct-rules-heading" className="space-y-3" data-testid="conduct-rules">
      <h2 id="conduct-rules-heading" className="text-lg font-semibold">
        {t('report.rules')}
      </h2>
      <p className="text-sm">
        {pick(ruleSet.title, locale)} · {t('ruleSet.version', { version: ruleSet.version })}
      </p>
      <p className="rounded border border-gray-300 bg-gray-50 p-3 text-sm" data-testid="conduct-disclaimer">
        {pick(ruleSet.disclaimer, locale)}
      </p>
      <ol className="space-y-3">
        {ruleSet.rules.map((rule) => (
          <li key={rule.id} className="break-inside-avoid rounded-lg bg-white p-3" data-testid="conduct-rule" data-rule-id={rule.id}>
            <h3 className="font-semibold">{pick(rule.title, locale)}</h3>
            <p className="mt-1 text-sm">{pick(rule.summary, locale)}</p>
            <p className="mt-1 text-sm text-gray-700">
              <span className="font-medium">{t('breaches.source')}{colon}</span>
              {[rule.source.title, rule.source.publisher].join(comma)}{stop}{rule.source.citation}
              {rule.source.url ? (
                <>
                  {' '}
                  <a href={rule.source.url} className="text-sea-700 underline" rel="noopener noreferrer">
                    {rule.source.url}
                  </a>
                </>
              ) : null}
              <span className="ml-1 text-xs text-gray-600">{t('breaches.checkedOn', { date: rule.checkedOn })}</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
