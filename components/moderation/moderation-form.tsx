'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormError } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { moderateAction } from '@/lib/actions/moderation';

export type ModerationOp = 'approve' | 'remove' | 'restore' | 'dismiss' | 'lock' | 'unlock' | 'redact' | 'ban' | 'unban' | 'reveal';

/**
 * One moderation act: a reason (always logged) plus the act's own fields.
 * The reason is required by the service; the form keeps it on failure.
 */
export function ModerationForm({
  op,
  target,
  id,
  userId,
  redact,
  hint,
}: {
  op: ModerationOp;
  target: 'thread' | 'reply';
  id: number;
  userId?: number;
  redact?: { title?: string; body: string };
  hint?: string;
}) {
  const t = useTranslations('moderation');
  const fid = useId();
  const [state, formAction] = useActionState(moderateAction, null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [title, setTitle] = useState(redact?.title ?? '');
  const [body, setBody] = useState(redact?.body ?? '');
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-gray-200 bg-white p-3" data-testid={`mod-${op}`}>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      {userId ? <input type="hidden" name="userId" value={userId} /> : null}
      <h3 className="font-medium">{t(op)}</h3>
      {hint ? <p className="text-sm text-gray-600">{hint}</p> : null}
      <FormError message={state && !state.ok ? state.message : undefined} />
      {state?.ok ? (
        <p role="status" className="text-sm text-sea-800">
          {state.data.revealed ? t('revealed', { who: state.data.revealed }) : t('done')}
        </p>
      ) : null}
      {redact ? (
        <>
          {redact.title !== undefined ? (
            <>
              <label htmlFor={`${fid}-title`} className="block text-sm">
                {t('redactTitle')}
              </label>
              <input id={`${fid}-title`} name="title" value={title} onChange={(e) => setTitle(e.target.value)} className="w-full rounded border border-gray-300 px-2 py-1" />
            </>
          ) : null}
          <label htmlFor={`${fid}-body`} className="block text-sm">
            {t('redactBody')}
          </label>
          <textarea id={`${fid}-body`} name="body" rows={6} value={body} onChange={(e) => setBody(e.target.value)} className="w-full rounded border border-gray-300 p-2" />
          <FieldError id={`${fid}-body-error`} errors={state && !state.ok ? state.fieldErrors : undefined} name="body" />
        </>
      ) : null}
      {op === 'ban' ? (
        <>
          <label htmlFor={`${fid}-days`} className="block text-sm">
            {t('banDays')}
          </label>
          <input id={`${fid}-days`} name="days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} className="w-32 rounded border border-gray-300 px-2 py-1" />
        </>
      ) : null}
      <label htmlFor={`${fid}-reason`} className="block text-sm">
        {t('reason')}
      </label>
      <input
        id={`${fid}-reason`}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby={state && !state.ok && state.fieldErrors?.reason ? `${fid}-reason-error` : undefined}
        className="w-full rounded border border-gray-300 px-2 py-1"
      />
      <FieldError id={`${fid}-reason-error`} errors={state && !state.ok ? state.fieldErrors : undefined} name="reason" />
      <SubmitButton className="text-sm">{t(op)}</SubmitButton>
    </form>
  );
}
