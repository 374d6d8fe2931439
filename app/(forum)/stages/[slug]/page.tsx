import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { labelOf } from '@/components/threads/labels';
import { StoryBrowser } from '@/components/threads/story-browser';
import { getTaxonomy } from '@/lib/dal/database';
import { getStageGuide } from '@/lib/dal/insights';
import { isFollowingStageForViewer } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';
import { ToggleButton } from '@/components/notifications/toggle-button';
import { StageGuide } from '@/components/insights/stage-guide';
import type { SearchParams } from '@/lib/threads/list-params';
import { bySlug } from '@/lib/taxonomy/queries';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

async function stageFor(slug: string) {
  return bySlug((await getTaxonomy()).stages, slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stage = await stageFor((await params).slug);
  return { title: stage ? labelOf(stage, await getLocale()) : undefined };
}

export default async function StagePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const stage = await stageFor(slug);
  if (!stage) notFound();
  const [t, locale, viewer, guide, taxonomy] = await Promise.all([
    getTranslations('stage'),
    getLocale(),
    getViewer(),
    getStageGuide(stage.id),
    getTaxonomy(),
  ]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-600">{t('step', { n: stage.position })}</p>
      <h1 className="text-2xl font-bold">{labelOf(stage, locale)}</h1>
      {viewer ? <ToggleButton kind="followStage" id={stage.id} initial={await isFollowingStageForViewer(stage.id)} /> : null}
      <StageGuide stage={stage} locale={locale} taxonomy={taxonomy} {...guide} />
      <h2 className="text-lg font-semibold">{t('storiesAt', { stage: labelOf(stage, locale) })}</h2>
      <StoryBrowser base={`/stages/${stage.slug}`} searchParams={await searchParams} fixed={{ stageId: stage.id }} />
    </div>
  );
}
