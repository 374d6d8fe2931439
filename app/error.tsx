'use client';

import { useSyncExternalStore } from 'react';
import { OutageNotice, useDatabaseDown } from '@/components/layout/outage-notice';
import en from '@/messages/en/outage.json';
import zh from '@/messages/zh-CN/outage.json';

// A page failed to render (most often: the database is briefly unreachable).
// The site's header and footer still stand (the root layout renders without
// the database), so this fills only the main area, in the visitor's language.
// No intl provider wraps this boundary (read pages ship without next-intl's
// client runtime), so it takes the language the root layout negotiated from
// <html lang> and its two small catalogs directly.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(
    () => () => {},
    () => document.documentElement.lang,
    () => 'zh-CN',
  );
  const databaseDown = useDatabaseDown();
  const strings = lang.startsWith('en') ? en.outage : zh.outage;
  return <OutageNotice strings={strings} databaseDown={databaseDown} onRetry={reset} />;
}
