'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useId, useState } from 'react';
import { FieldForm } from '@/components/auth/field-form';
import { RecoveryCodesPanel } from '@/components/auth/recovery-codes-panel';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import {
  changeEmailAction,
  changePasswordAction,
  deleteAccountAction,
  regenerateRecoveryCodesAction,
  updateProfileAction,
} from '@/lib/actions/account';

function Saved({ text }: { text: string }) {
  return (
    <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-800" data-testid="saved">
      {text}
    </p>
  );
}

export function ProfileForm({ displayName, bio }: { displayName: string; bio: string }) {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={updateProfileAction}
      testId="profile-form"
      submit={t('save')}
      fields={[
        { name: 'displayName', type: 'text', label: t('displayName'), hint: t('displayNameHint'), autoComplete: 'nickname', initial: displayName },
        { name: 'bio', type: 'text', label: t('bio'), autoComplete: 'off', initial: bio },
      ]}
    />
  );
}

export function PasswordForm() {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={changePasswordAction}
      testId="password-form"
      submit={t('changePassword')}
      done={() => <Saved text={t('passwordChanged')} />}
      fields={[
        { name: 'currentPassword', type: 'password', label: t('currentPassword'), autoComplete: 'current-password' },
        { name: 'newPassword', type: 'password', label: t('newPassword'), hint: t('passwordHint'), autoComplete: 'new-password' },
      ]}
    />
  );
}

export function EmailForm({ email }: { email: string | null }) {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={changeEmailAction}
      testId="email-form"
      submit={t('saveEmail')}
      done={(data) => <Saved text={data.removed ? t('emailRemoved') : t('emailPending')} />}
      fields={[
        { name: 'email', type: 'email', label: t('newEmail'), hint: t('newEmailHint'), autoComplete: 'email', initial: email ?? '' },
        { name: 'currentPassword', type: 'password', label: t('currentPassword'), autoComplete: 'current-password' },
      ]}
    />
  );
}

export function RegenerateCodesForm() {
  const t = useTranslations('account');
  return (
    <FieldForm
      action={regenerateRecoveryCodesAction}
      testId="codes-form"
      submit={t('regenerateCodes')}
      done={(codes) => <RecoveryCodesPanel codes={codes} />}
      fields={[{ name: 'currentPassword', type: 'password', label: t('currentPassword'), autoComplete: 'current-password' }]}
    />
  );
}

export function DeleteAccountForm() {
  const t = useTranslations('account');
  const [state, formAction, pending] = useActionState(deleteAccountAction, null);
  const [password, setPassword] = useState('');
  const [posts, setPosts] = useState('');
  const [confirm, setConfirm] = useState(false);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      // Submitted by hand: React resets a form after its action, which would
      // clear the chosen radio and checkbox when the password was wrong.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
      data-testid="delete-form"
      noValidate
    >
      <FormError message={state && !state.ok ? state.message : undefined} />
      <fieldset className="space-y-2" aria-describedby={describedBy(errors, 'posts', `${id}-posts-error`)}>
        <legend className="font-medium">{t('deletePostsLegend')}</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="posts" value="keep" checked={posts === 'keep'} onChange={() => setPosts('keep')} className="mt-1" />
          <span>{t('deleteKeep')}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="posts" value="erase" checked={posts === 'erase'} onChange={() => setPosts('erase')} className="mt-1" />
          <span>{t('deleteErase')}</span>
        </label>
        <FieldError id={`${id}-posts-error`} errors={errors} name="posts" />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-password`} className="block font-medium">
          {t('currentPassword')}
        </label>
        <input
          id={`${id}-password`}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={Boolean(errors?.currentPassword)}
          aria-describedby={describedBy(errors, 'currentPassword', `${id}-password-error`)}
          className="w-full rounded border border-gray-300 bg-white px-2 py-1.5"
        />
        <FieldError id={`${id}-password-error`} errors={errors} name="currentPassword" />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} className="mt-1" />
        <span>{t('deleteConfirm')}</span>
      </label>
      <FieldError id={`${id}-confirm-error`} errors={errors} name="confirm" />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
      >
        {t('deleteSubmit')}
      </button>
    </form>
  );
}
