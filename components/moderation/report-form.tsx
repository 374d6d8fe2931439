'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FormError } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { reportPostAction } from '@/lib/actions/moderation';

const reasons = ['spam', 'harassment', 'personal_data', 'scam_agent', 'other'] as const;

/** A disclosure with the report form; works with the keyboard like any <details>. */
export function ReportForm({ target, id }: { target: 'thread' | 'reply'; id: number }) {
  const t = useTranslations('report');
  const formId = useId();
  const [state, formAction] = useActionState(reportPostAction, null);
  const [reason, setReason] = useState<string>('spam');
  const [note, setNote] = useState('');
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-sea-800" data-testid={`report-done-${target}-${id}`}>
        {state.data.hidden ? t('hidden') : t('done')}
      </p>
    );
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-gray-600 underline" data-testid={`report-${target}-${id}`}>
        {t('open')}
      </summary>
      <form action={formAction} className="mt-2 space-y-2 rounded border border-gray-200 bg-white p-3" aria-label={t('title')}>
        <input type="hidden" name="target" value={target} />
        <input type="hidden" name="id" value={id} />
        <FormError message={state && !state.ok ? (state.fieldErrors?._form?.[0] ?? state.message) : undefined} />
        <label htmlFor={`${formId}-reason`} className="block font-medium">
          {t('reason')}
        </label>
        <select id={`${formId}-reason`} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} className="rounded border border-gray-300 px-2 py-1">
          {reasons.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${formId}-note`} className="block font-medium">
          {t('note')}
        </label>
        <textarea id={`${formId}-note`} name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} className="w-full rounded border border-gray-300 p-2" />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </details>
  );
}
