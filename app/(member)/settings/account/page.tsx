import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  DeleteAccountForm,
  EmailForm,
  PasswordForm,
  ProfileForm,
  RegenerateCodesForm,
} from '@/components/account/account-settings-forms';
import { signOutEverywhereAction } from '@/lib/actions/account';
import { getMyAccountSettings } from '@/lib/dal/account';
import { getViewer } from '@/lib/dal/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title'), robots: { index: false } };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountSettingsPage() {
  if (!(await getViewer())) redirect('/signin?next=/settings/account');
  const [t, settings] = await Promise.all([getTranslations('account'), getMyAccountSettings()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-gray-700">
        {t('signedInAs', { handle: settings.handle })}{' '}
        <Link href="/settings/notifications" className="text-sea-700 underline">
          {t('notificationSettings')}
        </Link>
      </p>

      <Section id="profile" title={t('profileTitle')}>
        <ProfileForm displayName={settings.displayName} bio={settings.bio} />
      </Section>

      <Section id="email" title={t('emailTitle')}>
        <p className="text-sm text-gray-700" data-testid="email-status">
          {settings.email
            ? settings.emailVerified
              ? t('emailVerified', { email: settings.email })
              : t('emailUnverified', { email: settings.email })
            : t('emailNone')}
          {settings.pendingEmail ? ` ${t('emailWaiting', { email: settings.pendingEmail })}` : ''}
        </p>
        <EmailForm email={settings.emailVerified ? settings.email : null} />
      </Section>

      <Section id="password" title={t('passwordTitle')}>
        <PasswordForm />
      </Section>

      <Section id="codes" title={t('codesSectionTitle')}>
        <p className="text-sm text-gray-700" data-testid="codes-left">
          {t('codesLeft', { count: settings.recoveryCodesLeft })}
        </p>
        <RegenerateCodesForm />
      </Section>

      <Section id="sessions" title={t('sessionsTitle')}>
        <p className="text-sm text-gray-700">{t('sessionsIntro')}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded border border-gray-400 px-4 py-2 hover:bg-gray-50">
            {t('signOutEverywhere')}
          </button>
        </form>
      </Section>

      <Section id="export" title={t('exportTitle')}>
        <p className="text-sm text-gray-700">{t('exportIntro')}</p>
        <p className="flex flex-wrap gap-4">
          <Link href="/me/export/json" prefetch={false} download className="text-sea-700 underline" data-testid="export-json">
            {t('exportJson')}
          </Link>
          <Link href="/me/export/html" prefetch={false} download className="text-sea-700 underline" data-testid="export-html">
            {t('exportHtml')}
          </Link>
        </p>
      </Section>

      <Section id="delete" title={t('deleteTitle')}>
        <p className="text-sm text-gray-700">{t('deleteIntro')}</p>
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
