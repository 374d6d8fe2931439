'use client';

import { useActionState, useState, type ReactNode } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/action-state';

export type FormField = { name: string; type: string; label: string; hint?: string; autoComplete: string; initial?: string };

/**
 * A form of labelled text inputs bound to a server action. Inputs are
 * controlled, so a refused submit keeps what was typed (passwords included:
 * the browser would otherwise empty them); field errors come back per field.
 * After success, `done` replaces the form when given.
 */
export function FieldForm<T>({
  action,
  fields,
  submit,
  hidden = {},
  testId,
  done,
  children,
}: {
  action: (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  fields: FormField[];
  submit: string;
  hidden?: Record<string, string>;
  testId: string;
  done?: (data: T) => ReactNode;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.filter((f) => f.initial !== undefined).map((f) => [f.name, f.initial!])),
  );
  if (state?.ok && done) return <>{done(state.data)}</>;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = (name: string) => `${testId}-${name}`;
  return (
    <form action={formAction} className="space-y-4" data-testid={testId} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormError message={state && !state.ok ? state.message : undefined} />
      {fields.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={id(field.name)} className="block font-medium">
            {field.label}
          </label>
          <input
            id={id(field.name)}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            value={values[field.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
            aria-invalid={Boolean(errors?.[field.name])}
            aria-describedby={describedBy(errors, field.name, `${id(field.name)}-error`, field.hint ? `${id(field.name)}-hint` : undefined)}
            className="w-full rounded border border-gray-300 bg-white px-2 py-1.5"
          />
          {field.hint ? (
            <p id={`${id(field.name)}-hint`} className="text-sm text-gray-600">
              {field.hint}
            </p>
          ) : null}
          <FieldError id={`${id(field.name)}-error`} errors={errors} name={field.name} />
        </div>
      ))}
      {errors?.token ? <FieldError id={`${id('token')}-error`} errors={errors} name="token" /> : null}
      {children}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
