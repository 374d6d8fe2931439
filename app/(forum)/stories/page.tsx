import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StoryBrowser } from '@/components/threads/story-browser';
import type { SearchParams } from '@/lib/threads/list-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('stories'))('title') };
}

export default async function StoriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations('stories');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <StoryBrowser base="/stories" searchParams={await searchParams} />
    </div>
  );
}
