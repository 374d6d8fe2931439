'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/** The texts of messages/<locale>/outage.json, passed in so the notice also works outside the intl provider. */
export interface OutageStrings {
  title: string;
  body: string;
  databaseDown: string;
  retry: string;
  home: string;
  helpIntro: string;
  helpLink: string;
  crisisLink: string;
  harassmentLink: string;
  hotlinesLink: string;
}

export const outageKeys = [
  'title',
  'body',
  'databaseDown',
  'retry',
  'home',
  'helpIntro',
  'helpLink',
  'crisisLink',
  'harassmentLink',
  'hotlinesLink',
] as const satisfies readonly (keyof OutageStrings)[];

/**
 * Whether the health probe says the database is down. The error boundary
 * gets only an opaque digest in production, so it asks /api/health (which
 * answers 503 exactly while the database is unreachable) instead of guessing.
 */
export function useDatabaseDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/api/health', { cache: 'no-store' })
      .then((response) => live && setDown(response.status === 503))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return down;
}

/**
 * The branded outage page: what happened, that drafts are kept, a retry, and
 * links into /help, which renders without the database.
 */
export function OutageNotice({
  strings,
  databaseDown,
  onRetry,
  headingLevel = 1,
  lang,
}: {
  strings: OutageStrings;
  databaseDown: boolean;
  onRetry?: () => void;
  headingLevel?: 1 | 2;
  lang?: string;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const link = 'text-sea-700 underline hover:text-sea-800';
  return (
    <section lang={lang} className="space-y-4 py-8" data-testid="outage-page" aria-labelledby={`outage-title-${lang ?? 'page'}`}>
      <Heading id={`outage-title-${lang ?? 'page'}`} className="text-2xl font-bold">
        {strings.title}
      </Heading>
      <p className="text-gray-700">{strings.body}</p>
      {databaseDown ? (
        <p className="rounded border-l-4 border-amber-500 bg-amber-50 p-3" role="status" data-testid="outage-database-down">
          {strings.databaseDown}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {onRetry ? (
          <button type="button" onClick={onRetry} className="rounded bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-800">
            {strings.retry}
          </button>
        ) : null}
        <Link href="/" className="rounded border border-sea-700 px-4 py-2 text-sea-800 hover:bg-sea-50">
          {strings.home}
        </Link>
      </div>
      <nav aria-label={strings.helpLink} className="space-y-1">
        <p>{strings.helpIntro}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href="/help" className={link} data-testid="outage-help-link">
              {strings.helpLink}
            </Link>
          </li>
          <li>
            <Link href="/help#help-crisis" className={link}>
              {strings.crisisLink}
            </Link>
          </li>
          <li>
            <Link href="/help#help-harassment" className={link}>
              {strings.harassmentLink}
            </Link>
          </li>
          <li>
            <Link href="/help#help-hotlines" className={link}>
              {strings.hotlinesLink}
            </Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}
