'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { setBookmarkAction, setStageFollowAction, setThreadFollowAction } from '@/lib/actions/notifications';

type Kind = 'followThread' | 'bookmark' | 'followStage';

const labels: Record<Kind, { on: string; off: string }> = {
  followThread: { on: 'unfollowThread', off: 'followThread' },
  bookmark: { on: 'unbookmark', off: 'bookmark' },
  followStage: { on: 'unfollowStage', off: 'followStage' },
};

function act(kind: Kind, id: number, next: boolean) {
  if (kind === 'bookmark') return setBookmarkAction({ threadId: id, bookmarked: next });
  if (kind === 'followStage') return setStageFollowAction({ stageId: id, follow: next });
  return setThreadFollowAction({ threadId: id, follow: next });
}

/** Follow a thread or stage, or bookmark a thread: one pressed/unpressed button. */
export function ToggleButton({ kind, id, initial }: { kind: Kind; id: number; initial: boolean }) {
  const t = useTranslations('follow');
  const [active, setActive] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const press = () =>
    startTransition(async () => {
      const result = await act(kind, id, !active);
      if (result?.ok) {
        setActive(result.data.active);
        setError(null);
      } else if (result) setError(result.message);
    });

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={press}
        disabled={pending}
        aria-pressed={active}
        data-testid={`${kind}-button`}
        className={`rounded-full border px-3 py-1 text-sm ${
          active ? 'border-sea-700 bg-sea-50 text-sea-800' : 'border-gray-300 bg-white text-gray-800'
        } disabled:opacity-70`}
      >
        {t(active ? labels[kind].on : labels[kind].off)}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
