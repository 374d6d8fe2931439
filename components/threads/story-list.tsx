import type { StorySummary } from '@/lib/threads/dto';
import type { Taxonomy } from '@/lib/taxonomy/queries';
import { StoryCard } from './story-card';

export function StoryList({ stories, taxonomy, empty }: { stories: StorySummary[]; taxonomy: Taxonomy; empty: string }) {
  if (!stories.length) return <p className="rounded border border-dashed border-gray-300 p-6 text-gray-700">{empty}</p>;
  return (
    <ol className="space-y-3" data-testid="story-list">
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} taxonomy={taxonomy} />
        </li>
      ))}
    </ol>
  );
}
