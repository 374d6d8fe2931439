import { getTranslations } from 'next-intl/server';

type Kind = 'helpful' | 'me_too';

/**
 * The counts for a viewer who cannot vote here (a guest, the post's own
 * author): the same look as VoteButtons, rendered on the server, so a page
 * read by a guest carries no vote island per reply.
 */
export async function VoteCounts({
  target,
  id,
  counts,
  voted,
  kinds = ['helpful', 'me_too'],
}: {
  target: 'thread' | 'reply';
  id: number;
  counts: { helpful: number; meToo: number };
  voted: { helpful: boolean; meToo: boolean };
  kinds?: Kind[];
}) {
  const t = await getTranslations('thread');
  return (
    <div className="flex flex-wrap items-center gap-2">
      {kinds.map((kind) => {
        const active = kind === 'helpful' ? voted.helpful : voted.meToo;
        return (
          <button
            key={kind}
            type="button"
            disabled
            aria-pressed={active}
            data-testid={`vote-${kind}-${target}-${id}`}
            className={`rounded-full border px-3 py-1 text-sm ${
              active ? 'border-sea-700 bg-sea-700 text-white' : 'border-gray-300 bg-white text-gray-800'
            } disabled:cursor-not-allowed disabled:opacity-70`}
          >
            {kind === 'helpful' ? t('helpful') : t('meToo')} · {kind === 'helpful' ? counts.helpful : counts.meToo}
          </button>
        );
      })}
    </div>
  );
}
