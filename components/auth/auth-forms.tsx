'use client';

import { useTranslations } from 'next-intl';
import { signInAction, signUpAction } from '@/lib/actions/auth';
import { FieldForm } from './field-form';
import { RecoveryCodesPanel } from './recovery-codes-panel';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  return (
    <FieldForm
      action={signInAction}
      testId="signin-form"
      hidden={next ? { next } : {}}
      submit={t('signInSubmit')}
      fields={[
        { name: 'login', type: 'text', label: t('login'), autoComplete: 'username' },
        { name: 'password', type: 'password', label: t('password'), autoComplete: 'current-password' },
      ]}
    />
  );
}

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const ta = useTranslations('account');
  return (
    <FieldForm
      action={signUpAction}
      testId="signup-form"
      hidden={next ? { next } : {}}
      submit={t('signUpSubmit')}
      done={(data) => <RecoveryCodesPanel codes={data.codes} next={data.next} note={data.emailGiven ? ta('checkInbox') : undefined} />}
      fields={[
        { name: 'displayName', type: 'text', label: t('displayName'), autoComplete: 'nickname' },
        { name: 'handle', type: 'text', label: t('handle'), hint: t('handleHint'), autoComplete: 'username' },
        { name: 'password', type: 'password', label: t('password'), hint: t('passwordHint'), autoComplete: 'new-password' },
        { name: 'email', type: 'email', label: t('email'), hint: t('emailPrivate'), autoComplete: 'email' },
      ]}
    />
  );
}
