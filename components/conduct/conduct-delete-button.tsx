'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/action-state';

export function ConductDeleteButton({
  action,
  entryId,
}: {
  action: (prev: ActionState<{ id: number }>, form: FormData) => Promise<ActionState<{ id: number }>>;
  entryId: number;
}) {
  const t = useTranslations('conduct.list');
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t('confirmDelete'))) event.preventDefault();
      }}
      className="inline"
    >
      <input type="hidden" name="entryId" value={entryId} />
      <button type="submit" disabled={pending} className="text-red-700 underline" data-testid={`conduct-delete-${entryId}`}>
        {t('delete')}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
