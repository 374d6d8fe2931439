'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo } from 'react';
import { findPersonalData } from '@/lib/privacy/mask-personal-data';

/**
 * Shows the author, before publishing, what the server will mask. It runs the
 * same masker in the browser (nothing is sent anywhere); the server masks
 * again on save, whatever this preview showed.
 */
export function MaskPreview({ texts }: { texts: string[] }) {
  const t = useTranslations('form');
  const deferred = useDeferredValue(texts.join('\n'));
  const spans = useMemo(() => findPersonalData(deferred), [deferred]);
  if (!spans.length) return null;
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="mask-preview">
      <p className="font-medium">{t('maskPreview', { count: spans.length })}</p>
      <ul className="mt-1 list-disc pl-5">
        {spans.map((span) => (
          <li key={`${span.start}-${span.end}`}>
            {t(`maskKinds.${span.kind}`)}：<span className="font-mono">{span.masked}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
