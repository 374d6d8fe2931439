import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('help');
  return { title: t('title'), description: t('metaDescription') };
}

// Only nationwide public numbers, each with the body that publishes it. We do
// not list psychological-aid hotlines: they differ by city and change, and a
// wrong number given to someone in crisis is worse than none.
const hotlines = [
  { key: 'police', number: '110', sourced: false },
  { key: 'ambulance', number: '120', sourced: false },
  { key: 'banking', number: '12378', sourced: true },
  { key: 'consumer', number: '12315', sourced: true },
] as const;

const steps = ['records', 'lender', 'regulator', 'police'] as const;

const telLink = 'font-semibold text-sea-700 underline';

export default async function HelpPage() {
  const t = await getTranslations('help');
  return (
    <div className="space-y-8" data-testid="help-page">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-gray-700">{t('intro')}</p>
      </header>

      <section
        aria-labelledby="help-crisis"
        className="space-y-2 rounded border-l-4 border-sea-700 bg-sea-50 p-4"
        data-testid="help-crisis"
      >
        <h2 id="help-crisis" className="text-xl font-semibold">
          {t('crisis.heading')}
        </h2>
        <p>{t('crisis.body')}</p>
        <p className="font-medium">
          {t.rich('crisis.emergency', {
            ambulance: (chunks) => (
              <a href="tel:120" className={telLink}>
                {chunks}
              </a>
            ),
            police: (chunks) => (
              <a href="tel:110" className={telLink}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>{t('crisis.local')}</p>
        <p>{t('crisis.talk')}</p>
      </section>

      <section aria-labelledby="help-harassment" className="space-y-3">
        <h2 id="help-harassment" className="text-xl font-semibold">
          {t('harassment.heading')}
        </h2>
        <p className="text-gray-700">{t('harassment.intro')}</p>
        <ol className="list-decimal space-y-3 pl-6">
          {steps.map((step) => (
            <li key={step}>
              <h3 className="font-semibold">{t(`harassment.${step}.title`)}</h3>
              <p className="text-gray-700">{t(`harassment.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="help-hotlines" className="space-y-3">
        <h2 id="help-hotlines" className="text-xl font-semibold">
          {t('hotlines.heading')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {hotlines.map(({ key, number, sourced }) => (
            <li key={key} className="rounded border border-gray-200 bg-white p-3" data-testid={`hotline-${number}`}>
              <h3 className="font-semibold">
                <a href={`tel:${number}`} className={`${telLink} text-lg`} aria-label={t('hotlines.call', { number })}>
                  {number}
                </a>{' '}
                {t(`hotlines.${key}.name`)}
              </h3>
              <p className="text-sm text-gray-700">{t(`hotlines.${key}.use`)}</p>
              {sourced ? <p className="text-sm text-gray-600">{t(`hotlines.${key}.source`)}</p> : null}
            </li>
          ))}
        </ul>
        <p className="text-sm text-gray-700">{t('hotlines.note')}</p>
      </section>

      <section aria-labelledby="help-not-advice" className="space-y-2">
        <h2 id="help-not-advice" className="text-xl font-semibold">
          {t('notAdvice.heading')}
        </h2>
        <p className="text-gray-700">{t('notAdvice.body')}</p>
      </section>
    </div>
  );
}
