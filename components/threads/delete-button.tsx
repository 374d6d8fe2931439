'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/action-state';

export function DeleteButton({
  action,
  name,
  value,
  testId,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  name: 'threadId' | 'replyId';
  value: number;
  testId: string;
}) {
  const t = useTranslations('thread');
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t('confirmDelete'))) event.preventDefault();
      }}
      className="inline"
    >
      <input type="hidden" name={name} value={value} />
      <button type="submit" disabled={pending} className="text-sm text-red-700 underline" data-testid={testId}>
        {t('delete')}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
