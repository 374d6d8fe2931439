'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { editReplyAction } from '@/lib/actions/forum';

export function ReplyEditForm({ replyId, body: initialBody }: { replyId: number; body: string }) {
  const t = useTranslations('form');
  const [state, formAction] = useActionState(editReplyAction, null);
  const [body, setBody] = useState(initialBody);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-2" data-testid="reply-edit-form">
      <input type="hidden" name="replyId" value={replyId} />
      <FormError message={state && !state.ok ? state.message : undefined} />
      <label htmlFor="reply-edit-body" className="block font-medium">
        {t('replyBody')}
      </label>
      <textarea
        id="reply-edit-body"
        name="body"
        rows={6}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={Boolean(errors?.body)}
        aria-describedby={describedBy(errors, 'body', 'reply-edit-body-error')}
        className="w-full rounded border border-gray-300 bg-white p-2"
      />
      <FieldError id="reply-edit-body-error" errors={errors} name="body" />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
