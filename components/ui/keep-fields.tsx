'use client';

import { useTranslations } from 'next-intl';
import { startTransition, type FormEvent, type ReactNode } from 'react';

/**
 * Submits a form to its action without React's automatic form reset. After a
 * function action runs, React resets the form, and a controlled <select>
 * then shows its default option while state still holds the member's choice
 * (a refused entry would come back with another lender selected). Sending
 * the FormData by hand leaves every field as the state says. Without
 * JavaScript the form still posts to the server action.
 */
export function submitKeepingFields(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}

/** The submit button of such a form: pending comes from useActionState, not useFormStatus. */
export function PendingSubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const t = useTranslations('form');
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-800 disabled:opacity-60"
    >
      {pending ? t('submitting') : children}
    </button>
  );
}
