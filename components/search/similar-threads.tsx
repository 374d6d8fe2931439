'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { maskPersonalData } from '@/lib/privacy/mask-personal-data';

interface SimilarItem {
  id: number;
  title: string;
  href: string;
  replyCount: number;
}

/** Fewer characters than this say too little to look for. */
const MIN_LENGTH = 4;
const DEBOUNCE_MS = 400;

/**
 * Up to five existing threads like the title being typed, fetched once the
 * writer pauses. Links open in a new tab so the draft stays where it is.
 * A failed or rate-limited lookup shows nothing: this is a hint, not a step.
 * The title is masked here, in the browser (the masker is plain TypeScript
 * with no server dependencies), and sent in a POST body, so a phone number
 * typed into a draft title reaches no URL, log or server.
 */
export function SimilarThreads({ title, excludeId }: { title: string; excludeId?: number }) {
  const t = useTranslations('search.similar');
  const query = title.trim();
  const active = Array.from(query).length >= MIN_LENGTH;
  const [items, setItems] = useState<SimilarItem[]>([]);

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const text = maskPersonalData(query).text;
      try {
        const response = await fetch('/api/search/similar', {
          method: 'POST',
          signal: controller.signal,
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          body: JSON.stringify(excludeId ? { text, excludeId } : { text }),
        });
        if (!response.ok) return;
        const body = (await response.json()) as { items?: SimilarItem[] };
        setItems(Array.isArray(body.items) ? body.items.slice(0, 5) : []);
      } catch {
        // Aborted by the next keystroke, or offline: keep what is shown.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, active, excludeId]);

  const shown = active ? items : [];
  // The live region stays mounted so screen readers hear suggestions arrive.
  return (
    <div aria-live="polite">
      {shown.length ? (
        <aside className="rounded border border-sea-100 bg-sea-50 p-3 text-sm" data-testid="similar-threads">
          <h2 className="font-medium text-sea-800">{t('heading')}</h2>
          <p className="text-gray-700">{t('hint')}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {shown.map((item) => (
              <li key={item.id}>
                <a href={item.href} target="_blank" rel="noopener noreferrer" className="text-sea-800 underline">
                  {item.title}
                </a>{' '}
                <span className="text-xs text-gray-600">{t('replies', { count: item.replyCount })}</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
