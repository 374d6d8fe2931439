'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/action-state';
import { signInAction, signUpAction } from '@/lib/actions/auth';

type Field = { name: string; type: string; label: string; hint?: string; autoComplete: string };

function AuthForm({
  action,
  fields,
  submit,
  next,
  testId,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  fields: Field[];
  submit: string;
  next?: string;
  testId: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [values, setValues] = useState<Record<string, string>>({});
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4" data-testid={testId} noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormError message={state && !state.ok ? state.message : undefined} />
      {fields.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={`auth-${field.name}`} className="block font-medium">
            {field.label}
          </label>
          <input
            id={`auth-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            value={values[field.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
            aria-invalid={Boolean(errors?.[field.name])}
            aria-describedby={describedBy(errors, field.name, `auth-${field.name}-error`, field.hint ? `auth-${field.name}-hint` : undefined)}
            className="w-full rounded border border-gray-300 bg-white px-2 py-1.5"
          />
          {field.hint ? (
            <p id={`auth-${field.name}-hint`} className="text-sm text-gray-600">
              {field.hint}
            </p>
          ) : null}
          <FieldError id={`auth-${field.name}-error`} errors={errors} name={field.name} />
        </div>
      ))}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  return (
    <AuthForm
      action={signInAction}
      testId="signin-form"
      next={next}
      submit={t('signInSubmit')}
      fields={[
        { name: 'email', type: 'email', label: t('email'), autoComplete: 'email' },
        { name: 'password', type: 'password', label: t('password'), autoComplete: 'current-password' },
      ]}
    />
  );
}

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  return (
    <AuthForm
      action={signUpAction}
      testId="signup-form"
      next={next}
      submit={t('signUpSubmit')}
      fields={[
        { name: 'email', type: 'email', label: t('email'), hint: t('emailPrivate'), autoComplete: 'email' },
        { name: 'displayName', type: 'text', label: t('displayName'), autoComplete: 'nickname' },
        { name: 'handle', type: 'text', label: t('handle'), hint: t('handleHint'), autoComplete: 'username' },
        { name: 'password', type: 'password', label: t('password'), hint: t('passwordHint'), autoComplete: 'new-password' },
      ]}
    />
  );
}
