'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/action-state';

type Result = ActionState<{ slug: string; version: number }>;

/**
 * A moderator edits a rule set as JSON and saves it as a new version. The
 * textarea is controlled, so a refused save keeps the edit; every error the
 * validator found is listed with its path in the JSON.
 */
export function RuleSetEditor({
  action,
  slug,
  initialJson,
}: {
  action: (prev: Result, form: FormData) => Promise<Result>;
  slug: string;
  initialJson: string;
}) {
  const t = useTranslations('conduct.ruleSets');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const [json, setJson] = useState(initialJson);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // Errors inside the JSON come keyed by their path (rules.0.params.limit).
  const pathErrors = Object.entries(errors ?? {}).filter(([name]) => name !== 'definitionJson' && name !== 'slug');
  return (
    <form action={formAction} className="space-y-2" data-testid={`rule-set-form-${slug}`} noValidate>
      <input type="hidden" name="slug" value={slug} />
      <FormError message={state && !state.ok ? state.message : undefined} />
      <FieldError id={`${id}-slug-error`} errors={errors} name="slug" />
      {state?.ok ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900" data-testid="rule-set-saved">
          {t('saved', { version: state.data.version })}
        </p>
      ) : null}
      {pathErrors.length ? (
        <div id={`${id}-paths`} className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="rule-set-errors">
          <p className="font-medium">{t('errors')}</p>
          <ul className="mt-1 list-disc pl-5">
            {pathErrors.map(([path, messages]) => (
              <li key={path}>
                <code className="font-mono">{path}</code> — {messages.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label htmlFor={`${id}-json`} className="block font-medium">
        {t('definition')}
      </label>
      <textarea
        id={`${id}-json`}
        name="definitionJson"
        rows={16}
        spellCheck={false}
        value={json}
        onChange={(e) => setJson(e.target.value)}
        aria-invalid={Boolean(errors?.definitionJson) || pathErrors.length > 0}
        aria-describedby={[describedBy(errors, 'definitionJson', `${id}-json-error`), pathErrors.length ? `${id}-paths` : undefined].filter(Boolean).join(' ') || undefined}
        className="w-full rounded border border-gray-300 bg-white px-2 py-1.5 font-mono text-xs"
      />
      <FieldError id={`${id}-json-error`} errors={errors} name="definitionJson" />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
