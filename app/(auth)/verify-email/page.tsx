import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { VerifyEmailForm } from '@/components/account/recovery-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('verifyTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const t = await getTranslations('account');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('verifyTitle')}</h1>
      <p className="text-gray-700">{t('verifyIntro')}</p>
      <VerifyEmailForm token={token.slice(0, 100)} />
    </div>
  );
}
