'use client';

import { useTranslations } from 'next-intl';
import { OutageNotice, outageKeys, useDatabaseDown, type OutageStrings } from '@/components/layout/outage-notice';

// A page failed to render (most often: the database is briefly unreachable).
// The site's header and footer still stand (the root layout renders without
// the database), so this fills only the main area, in the visitor's language.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('outage');
  const databaseDown = useDatabaseDown();
  const strings = Object.fromEntries(outageKeys.map((key) => [key, t(key)])) as unknown as OutageStrings;
  return <OutageNotice strings={strings} databaseDown={databaseDown} onRetry={reset} />;
}
