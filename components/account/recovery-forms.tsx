'use client';

import { useTranslations } from 'next-intl';
import { FieldForm } from '@/components/auth/field-form';
import { requestResetAction, resetWithCodeAction, resetWithLinkAction, verifyEmailAction } from '@/lib/actions/account';

function Done({ text, testId }: { text: string; testId: string }) {
  return (
    <p role="status" className="rounded bg-green-50 p-3 text-green-900" data-testid={testId}>
      {text}
    </p>
  );
}

export function ResetWithCodeForm() {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={resetWithCodeAction}
      testId="reset-code-form"
      submit={t('resetSubmit')}
      fields={[
        { name: 'handle', type: 'text', label: t('handle'), autoComplete: 'username' },
        { name: 'code', type: 'text', label: t('recoveryCode'), hint: t('recoveryCodeHint'), autoComplete: 'one-time-code' },
        { name: 'password', type: 'password', label: t('newPassword'), hint: t('passwordHint'), autoComplete: 'new-password' },
      ]}
    />
  );
}

export function RequestResetForm() {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={requestResetAction}
      testId="reset-mail-form"
      submit={t('sendResetLink')}
      done={() => <Done text={t('resetMailSent')} testId="reset-mail-sent" />}
      fields={[{ name: 'email', type: 'email', label: t('verifiedEmail'), autoComplete: 'email' }]}
    />
  );
}

export function ResetWithLinkForm({ token }: { token: string }) {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={resetWithLinkAction}
      testId="reset-link-form"
      hidden={{ token }}
      submit={t('resetSubmit')}
      done={() => <Done text={t('resetDone')} testId="reset-done" />}
      fields={[{ name: 'password', type: 'password', label: t('newPassword'), hint: t('passwordHint'), autoComplete: 'new-password' }]}
    />
  );
}

/** Opening the link shows this button: a mail scanner that fetches the link does not verify anything. */
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={verifyEmailAction}
      testId="verify-email-form"
      hidden={{ token }}
      submit={t('verifySubmit')}
      done={(data) => <Done text={t('verified', { email: data.email })} testId="email-verified" />}
      fields={[]}
    />
  );
}
