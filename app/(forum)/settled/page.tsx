import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StoryBrowser } from '@/components/threads/story-browser';
import type { SearchParams } from '@/lib/threads/list-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settled'))('title') };
}

export default async function SettledPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations('settled');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-gray-700">{t('intro')}</p>
      <StoryBrowser base="/settled" searchParams={await searchParams} fixed={{ settledOnly: true }} />
    </div>
  );
}
