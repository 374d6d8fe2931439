'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormError } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { decideApplicationAction } from '@/lib/actions/experts';

export function DecisionForm({
  applicationId,
  requestedStageIds,
  stages,
}: {
  applicationId: number;
  requestedStageIds: number[];
  stages: { id: number; label: string }[];
}) {
  const t = useTranslations('experts');
  const id = useId();
  const [state, formAction] = useActionState(decideApplicationAction, null);
  const [decision, setDecision] = useState<'approve' | 'reject'>('approve');
  const [scope, setScope] = useState<number[]>(requestedStageIds);
  const [expiresOn, setExpiresOn] = useState('');
  const [reason, setReason] = useState('');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="mt-2 space-y-2 border-t border-gray-100 pt-2" data-testid={`decide-${applicationId}`}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <FormError message={state && !state.ok ? state.message : undefined} />
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">{t('decision')}</legend>
        {(['approve', 'reject'] as const).map((d) => (
          <label key={d} className="flex items-center gap-1.5">
            <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
            {t(d)}
          </label>
        ))}
      </fieldset>
      {decision === 'approve' ? (
        <>
          <fieldset className="flex flex-wrap gap-2 text-sm">
            <legend className="mb-1 font-medium">{t('scopeChoose')}</legend>
            {stages.map((s) => (
              <label key={s.id} className="flex items-center gap-1 rounded border border-gray-300 px-1.5 py-0.5">
                <input
                  type="checkbox"
                  name="scopeStageIds"
                  value={s.id}
                  checked={scope.includes(s.id)}
                  onChange={(e) => setScope((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((x) => x !== s.id)))}
                />
                {s.label}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-expires`} className="block text-sm">
            {t('expiresOn')}
          </label>
          <input id={`${id}-expires`} type="date" name="expiresOn" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} className="rounded border border-gray-300 px-2 py-1" />
          <FieldError id={`${id}-expires-error`} errors={errors} name="expiresOn" />
        </>
      ) : null}
      <label htmlFor={`${id}-reason`} className="block text-sm">
        {t('reason')}
      </label>
      <input id={`${id}-reason`} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} className="w-full rounded border border-gray-300 px-2 py-1" />
      <FieldError id={`${id}-reason-error`} errors={errors} name="reason" />
      <SubmitButton className="text-sm">{t('decide')}</SubmitButton>
    </form>
  );
}
