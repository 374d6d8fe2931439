import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequestResetForm, ResetWithCodeForm } from '@/components/account/recovery-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('resetTitle'), robots: { index: false } };
}

export default async function ResetPage() {
  const t = await getTranslations('account');
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t('resetTitle')}</h1>
      <section aria-labelledby="reset-code" className="space-y-3">
        <h2 id="reset-code" className="text-lg font-bold">
          {t('resetByCode')}
        </h2>
        <ResetWithCodeForm />
      </section>
      <section aria-labelledby="reset-mail" className="space-y-3">
        <h2 id="reset-mail" className="text-lg font-bold">
          {t('resetByMail')}
        </h2>
        <p className="text-sm text-gray-700">{t('resetByMailIntro')}</p>
        <RequestResetForm />
      </section>
    </div>
  );
}
