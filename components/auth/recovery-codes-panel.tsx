'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/**
 * The recovery codes, shown once. Continuing needs the "I saved them" box, so
 * nobody skips past the only copy by accident. `next` is followed with a full
 * page load, so the header shows the signed-in member.
 */
export function RecoveryCodesPanel({ codes, next, note }: { codes: string[]; next?: string; note?: string }) {
  const t = useTranslations('account');
  const [saved, setSaved] = useState(false);
  const checkboxId = useId();
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(`${t('codesFileHeader')}\n\n${codes.join('\n')}\n`)}`;
  return (
    <section aria-labelledby={`${checkboxId}-title`} className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="recovery-codes-panel">
      <h2 id={`${checkboxId}-title`} className="text-lg font-bold">
        {t('codesTitle')}
      </h2>
      <p className="text-sm text-gray-800">{t('codesIntro')}</p>
      {note ? <p className="text-sm text-gray-800">{note}</p> : null}
      <ol className="grid grid-cols-1 gap-1 font-mono text-base sm:grid-cols-2" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="rounded bg-white px-2 py-1">
            {code}
          </li>
        ))}
      </ol>
      <a href={download} download="ashore-recovery-codes.txt" className="inline-block text-sm text-sea-700 underline">
        {t('codesDownload')}
      </a>
      {next ? (
        <div className="space-y-2">
          <label htmlFor={checkboxId} className="flex items-center gap-2">
            <input id={checkboxId} type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
            {t('codesSaved')}
          </label>
          <button
            type="button"
            disabled={!saved}
            onClick={() => window.location.assign(next)}
            className="rounded bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-800 disabled:opacity-60"
          >
            {t('codesContinue')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
