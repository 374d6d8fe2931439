'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { MaskPreview } from '@/components/ui/mask-preview';
import { SubmitButton } from '@/components/ui/submit-button';
import { createReplyAction } from '@/lib/actions/forum';

/** Reply to the thread (no parentId) or to one reply. Keeps the text when posting fails. */
export function ReplyComposer({
  threadId,
  parentId,
  onDone,
  autoFocus = false,
}: {
  threadId: number;
  parentId?: number;
  onDone?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations('form');
  const [body, setBody] = useState('');
  // Clear the text only once the reply is stored; a refused reply keeps it.
  const [state, formAction] = useActionState(async (previous: Awaited<ReturnType<typeof createReplyAction>>, form: FormData) => {
    const result = await createReplyAction(previous, form);
    if (result?.ok) {
      setBody('');
      onDone?.();
    }
    return result;
  }, null);
  const [anonymous, setAnonymous] = useState(false);
  const id = useId();

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-2" data-testid={parentId ? `reply-form-${parentId}` : 'reply-form'}>
      <input type="hidden" name="threadId" value={threadId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <FormError message={state && !state.ok ? state.message : undefined} />
      <label htmlFor={`${id}-body`} className="block text-sm font-medium">
        {t('replyBody')}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={parentId ? 3 : 4}
        value={body}
        autoFocus={autoFocus}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={Boolean(errors?.body)}
        aria-describedby={describedBy(errors, 'body', `${id}-body-error`)}
        className="w-full rounded border border-gray-300 bg-white p-2"
      />
      <FieldError id={`${id}-body-error`} errors={errors} name="body" />
      <FieldError id={`${id}-parent-error`} errors={errors} name="parentId" />
      <MaskPreview texts={[body]} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="anonymous" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t('replyAnonymous')}
        </label>
        <SubmitButton>{t('sendReply')}</SubmitButton>
      </div>
    </form>
  );
}
