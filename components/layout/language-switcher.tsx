'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocaleAction } from '@/lib/actions/locale';

export interface LanguageSwitcherLabels {
  switch: string;
  'zh-CN': string;
  en: string;
}

/**
 * The header's language menu. Its labels come from the server as props, so
 * read pages do not need next-intl's client runtime for it.
 */
export function LanguageSwitcher({ current, labels }: { current: string; labels: LanguageSwitcherLabels }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{labels.switch}</span>
      <select
        value={current}
        disabled={pending}
        data-testid="language-switcher"
        className="rounded border border-gray-300 bg-white px-1 py-0.5 text-sm"
        onChange={(event) => {
          const locale = event.target.value;
          startTransition(async () => {
            await setLocaleAction(locale);
            router.refresh();
          });
        }}
      >
        <option value="zh-CN">{labels['zh-CN']}</option>
        <option value="en">{labels.en}</option>
      </select>
    </label>
  );
}
