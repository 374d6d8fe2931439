'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { acceptAnswerAction } from '@/lib/actions/experts';

export function AcceptButton({ threadId, replyId }: { threadId: number; replyId: number }) {
  const t = useTranslations('questions');
  const [state, formAction, pending] = useActionState(acceptAnswerAction, null);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="replyId" value={replyId} />
      <button type="submit" disabled={pending} className="rounded border border-sea-700 px-2 py-0.5 text-sm text-sea-800" data-testid={`accept-${replyId}`}>
        {t('accept')}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
