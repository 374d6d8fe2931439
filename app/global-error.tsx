'use client';

import { OutageNotice, useDatabaseDown } from '@/components/layout/outage-notice';
import en from '@/messages/en/outage.json';
import zh from '@/messages/zh-CN/outage.json';
import './globals.css';

// The root layout itself failed, so there is no negotiated locale and no
// intl provider here: the page says it in Chinese first, then in English.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = useDatabaseDown();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">
        <header className="border-b border-sea-100 bg-white">
          <div className="mx-auto max-w-4xl px-4 py-3 text-lg font-bold text-sea-800">
            上岸 <span className="text-sm font-normal text-gray-600">Ashore</span>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-4xl space-y-2 px-4 py-6">
          <OutageNotice strings={zh.outage} databaseDown={databaseDown} onRetry={reset} lang="zh-CN" />
          <hr className="border-gray-200" />
          <OutageNotice strings={en.outage} databaseDown={databaseDown} onRetry={reset} headingLevel={2} lang="en" />
        </main>
      </body>
    </html>
  );
}
