'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { PendingSubmitButton, submitKeepingFields } from '@/components/ui/keep-fields';
import { applyAsExpertAction } from '@/lib/actions/experts';
import { professions } from '@/lib/experts/schemas';

export function ApplyForm({ stages }: { stages: { id: number; label: string }[] }) {
  const t = useTranslations('experts');
  const id = useId();
  const [state, formAction, pending] = useActionState(applyAsExpertAction, null);
  const [values, setValues] = useState({ profession: '', professionOther: '', yearsOfPractice: '', licenceNumber: '', interestStatement: '' });
  const [stageIds, setStageIds] = useState<number[]>([]);
  const [hasInterest, setHasInterest] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const input = 'w-full rounded border border-gray-300 bg-white px-2 py-1.5';
  if (state?.ok) return <p role="status" className="rounded bg-sea-50 p-3 text-sea-900" data-testid="apply-done">{t('submitted')}</p>;
  const text = (name: 'professionOther' | 'yearsOfPractice' | 'licenceNumber', label: string, hint?: string) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${name}`} className="block font-medium">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        value={values[name]}
        onChange={set(name)}
        inputMode={name === 'yearsOfPractice' ? 'numeric' : undefined}
        aria-invalid={Boolean(errors?.[name])}
        aria-describedby={describedBy(errors, name, `${id}-${name}-error`, hint ? `${id}-${name}-hint` : undefined)}
        className={input}
      />
      {hint ? (
        <p id={`${id}-${name}-hint`} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-${name}-error`} errors={errors} name={name} />
    </div>
  );
  return (
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="space-y-4" data-testid="apply-form" noValidate>
      <FormError message={state && !state.ok ? (state.fieldErrors?._form ? state.message : state.message) : undefined} />
      <div className="space-y-1">
        <label htmlFor={`${id}-profession`} className="block font-medium">
          {t('profession')}
        </label>
        <select id={`${id}-profession`} name="profession" value={values.profession} onChange={set('profession')} className={input} aria-describedby={describedBy(errors, 'profession', `${id}-profession-error`)}>
          <option value="">—</option>
          {professions.map((p) => (
            <option key={p} value={p}>
              {t(`professions.${p}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-profession-error`} errors={errors} name="profession" />
      </div>
      {values.profession === 'other' ? text('professionOther', t('professionOther')) : null}
      {text('yearsOfPractice', t('years'))}
      {text('licenceNumber', t('licence'), t('licenceHint'))}
      <CheckboxGroup name="stageIds" legend={t('stages')} options={stages} value={stageIds} onChange={setStageIds} errors={errors} idPrefix={id} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="hasCommercialInterest" checked={hasInterest} onChange={(e) => setHasInterest(e.target.checked)} className="mt-1" />
        <span>{t('hasInterest')}</span>
      </label>
      <div className="space-y-1">
        <label htmlFor={`${id}-interest`} className="block font-medium">
          {t('interestStatement')}
        </label>
        <textarea
          id={`${id}-interest`}
          name="interestStatement"
          rows={3}
          value={values.interestStatement}
          onChange={set('interestStatement')}
          aria-invalid={Boolean(errors?.interestStatement)}
          aria-describedby={describedBy(errors, 'interestStatement', `${id}-interest-error`)}
          className={input}
        />
        <FieldError id={`${id}-interest-error`} errors={errors} name="interestStatement" />
      </div>
      <PendingSubmitButton pending={pending}>{t('submit')}</PendingSubmitButton>
    </form>
  );
}
