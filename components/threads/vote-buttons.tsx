'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { toggleVoteAction } from '@/lib/actions/forum';

type Kind = 'helpful' | 'me_too';

export function VoteButtons({
  target,
  id,
  counts,
  voted,
  canVote,
  kinds = ['helpful', 'me_too'],
}: {
  target: 'thread' | 'reply';
  id: number;
  counts: { helpful: number; meToo: number };
  voted: { helpful: boolean; meToo: boolean };
  canVote: boolean;
  kinds?: Kind[];
}) {
  const t = useTranslations('thread');
  const [state, setState] = useState({
    helpful: { active: voted.helpful, count: counts.helpful },
    me_too: { active: voted.meToo, count: counts.meToo },
  });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const press = (kind: Kind) =>
    startTransition(async () => {
      const result = await toggleVoteAction({ target, id, kind });
      if (result?.ok) {
        setState((s) => ({ ...s, [kind]: result.data }));
        setError(null);
      } else if (result) setError(result.message);
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {kinds.map((kind) => {
        const { active, count } = state[kind];
        const label = kind === 'helpful' ? t('helpful') : t('meToo');
        return (
          <button
            key={kind}
            type="button"
            disabled={!canVote || pending}
            aria-pressed={active}
            onClick={() => press(kind)}
            data-testid={`vote-${kind}-${target}-${id}`}
            className={`rounded-full border px-3 py-1 text-sm ${
              active ? 'border-sea-700 bg-sea-700 text-white' : 'border-gray-300 bg-white text-gray-800'
            } disabled:cursor-not-allowed disabled:opacity-70`}
          >
            {label} · {count}
          </button>
        );
      })}
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
