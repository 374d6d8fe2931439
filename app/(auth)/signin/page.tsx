import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/auth-forms';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle'), robots: { index: false } };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = safeRedirectPath(Array.isArray(raw) ? raw[0] : raw);
  const t = await getTranslations('auth');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('signInTitle')}</h1>
      <SignInForm next={next} />
      <p className="flex flex-wrap gap-4">
        <Link href={`/signup?next=${encodeURIComponent(next)}`} className="text-sea-700 underline">
          {t('noAccount')}
        </Link>
        <Link href="/reset" className="text-sea-700 underline">
          {t('forgotPassword')}
        </Link>
      </p>
    </div>
  );
}
