'use client';

import { useTranslations } from 'next-intl';
import { useFormStatus } from 'react-dom';

export function SubmitButton({ children, className = '' }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations('form');
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-800 disabled:opacity-60 ${className}`}
    >
      {pending ? t('submitting') : children}
    </button>
  );
}
