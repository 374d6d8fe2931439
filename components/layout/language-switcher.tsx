'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setLocaleAction } from '@/lib/actions/locale';

export function LanguageSwitcher({ current }: { current: string }) {
  const t = useTranslations('language');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{t('switch')}</span>
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
        <option value="zh-CN">{t('zh-CN')}</option>
        <option value="en">{t('en')}</option>
      </select>
    </label>
  );
}
