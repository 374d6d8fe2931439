import { getFollowStateForViewer } from '@/lib/dal/notifications';
import { ToggleButton } from './toggle-button';

/** Follow and bookmark buttons under a thread, for a signed-in viewer. */
export async function ThreadFollowBar({ threadId }: { threadId: number }) {
  const state = await getFollowStateForViewer(threadId);
  return (
    <div className="flex flex-wrap gap-2" data-testid="thread-follow-bar">
      <ToggleButton kind="followThread" id={threadId} initial={state.followingThread} />
      <ToggleButton kind="bookmark" id={threadId} initial={state.bookmarked} />
    </div>
  );
}
