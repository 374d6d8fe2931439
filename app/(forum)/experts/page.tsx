import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExpertCard } from '@/components/experts/expert-card';
import { labelOf } from '@/components/threads/labels';
import { getTaxonomy } from '@/lib/dal/database';
import { expertDirectory } from '@/lib/dal/experts';
import { professions, type Profession } from '@/lib/experts/schemas';
import { bySlug } from '@/lib/taxonomy/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('experts'))('title') };
}

type Props = { searchParams: Promise<{ profession?: string; stage?: string }> };

export default async function ExpertsPage({ searchParams }: Props) {
  const params = await searchParams;
  const [t, locale, taxonomy] = await Promise.all([getTranslations('experts'), getLocale(), getTaxonomy()]);
  const profession = (professions as readonly string[]).includes(params.profession ?? '') ? (params.profession as Profession) : undefined;
  const stage = bySlug(taxonomy.stages, params.stage);
  const experts = await expertDirectory({ profession, stageId: stage?.id });
  const groups = professions.map((p) => ({ profession: p, experts: experts.filter((e) => e.profession === p) })).filter((g) => g.experts.length);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <span className="flex gap-3 text-sm">
          <Link href="/experts/queue" className="text-sea-700 underline">
            {t('queue')}
          </Link>
          <Link href="/experts/apply" className="text-sea-700 underline">
            {t('apply')}
          </Link>
        </span>
      </div>
      <p className="text-gray-700">{t('intro')}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('profession')}</span>
          <select name="profession" defaultValue={profession ?? ''} className="rounded border border-gray-300 px-2 py-1.5">
            <option value="">{t('filterAll')}</option>
            {professions.map((p) => (
              <option key={p} value={p}>
                {t(`professions.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('filterStage')}</span>
          <select name="stage" defaultValue={stage?.slug ?? ''} className="rounded border border-gray-300 px-2 py-1.5">
            <option value="">{t('filterAll')}</option>
            {taxonomy.stages.map((s) => (
              <option key={s.id} value={s.slug}>
                {labelOf(s, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-sea-700 px-4 py-1.5 text-sm text-white">
          {t('apply_filter')}
        </button>
      </form>
      {groups.length === 0 ? <p className="rounded border border-dashed border-gray-300 p-6">{t('none')}</p> : null}
      {groups.map((group) => (
        <section key={group.profession} aria-labelledby={`prof-${group.profession}`} className="space-y-2">
          <h2 id={`prof-${group.profession}`} className="text-lg font-semibold">
            {t(`professions.${group.profession}`)}
          </h2>
          <div className="grid gap-3 md:grid-cols-2">
            {group.experts.map((expert) => (
              <ExpertCard key={expert.credentialId} expert={expert} taxonomy={taxonomy} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
