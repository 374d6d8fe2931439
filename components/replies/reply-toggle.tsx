'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { ReplyComposer } from './reply-composer';

export function ReplyToggle({ threadId, parentId }: { threadId: number; parentId: number }) {
  const t = useTranslations('thread');
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="text-sm text-sea-700 underline"
        data-testid={`reply-toggle-${parentId}`}
      >
        {t('reply')}
      </button>
      {open ? (
        <div className="mt-2">
          <ReplyComposer threadId={threadId} parentId={parentId} onDone={close} autoFocus />
        </div>
      ) : null}
    </div>
  );
}
