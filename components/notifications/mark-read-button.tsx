'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { markAllReadAction, markReadAction } from '@/lib/actions/notifications';

export function MarkReadButton({ id }: { id: number }) {
  const t = useTranslations('notifications');
  const [state, formAction, pending] = useActionState(markReadAction, null);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-sm text-sea-700 underline disabled:opacity-60" data-testid={`mark-read-${id}`}>
        {t('markRead')}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations('notifications');
  const [state, formAction, pending] = useActionState(markAllReadAction, null);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <button type="submit" disabled={pending} className="rounded border border-sea-700 px-3 py-1 text-sm text-sea-800 disabled:opacity-60" data-testid="mark-all-read">
        {t('markAllRead')}
      </button>
      {state?.ok ? (
        <span role="status" className="text-sm text-gray-700">
          {t('markedAllRead')}
        </span>
      ) : state ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
