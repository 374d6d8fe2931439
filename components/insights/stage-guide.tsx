import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StoryList } from '@/components/threads/story-list';
import type { Figure, Label, OutcomeInsights } from '@/lib/insights/compute-insights';
import type { StageAnswer } from '@/lib/insights/stage-answers';
import type { StorySummary } from '@/lib/threads/dto';
import { threadPath } from '@/lib/threads/slug';
import type { Taxonomy } from '@/lib/taxonomy/queries';
import { labelIn, SelfReportedNotice, ShareFigure } from './outcome-insights';

// The guide above a stage's story list: our own text on the stage, the
// forum's numbers for it (with the same suppression as /insights), its most
// helpful stories and accepted expert answers.

interface GuideText {
  summary: string;
  happens: string[];
  todo: string[];
}

export async function StageGuide({
  stage,
  locale,
  reached,
  atStage,
  helpful,
  answers,
  taxonomy,
}: {
  stage: Label;
  locale: string;
  /** The stage's share of all published stories. */
  reached: Figure<{ count: number; share: number }>;
  /** Insights restricted to stories that reached the stage. */
  atStage: OutcomeInsights;
  helpful: StorySummary[];
  answers: StageAnswer[];
  taxonomy: Taxonomy;
}) {
  const [t, tOutcomes, format] = await Promise.all([
    getTranslations('stageGuides'),
    getTranslations('insightsOutcomes'),
    getFormatter(),
  ]);
  const key = `stages.${stage.slug}`;
  const guide = t.has(key) ? (t.raw(key) as GuideText) : null;
  return (
    <div className="space-y-6" data-testid="stage-guide">
      <section aria-labelledby="stage-guide-heading" className="space-y-3 rounded border border-gray-200 bg-white p-4">
        <h2 id="stage-guide-heading" className="text-xl font-semibold">
          {t('heading', { stage: labelIn(stage, locale) })}
        </h2>
        {guide ? (
          <>
            <p className="text-gray-800">{guide.summary}</p>
            <h3 className="font-semibold">{t('happensHeading')}</h3>
            <ul className="list-disc space-y-1 pl-6 text-gray-800">
              {guide.happens.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <h3 className="font-semibold">{t('todoHeading')}</h3>
            <ul className="list-disc space-y-1 pl-6 text-gray-800">
              {guide.todo.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="text-sm text-gray-600">{t('caveat')}</p>
      </section>

      <section aria-labelledby="stage-numbers-heading" className="space-y-3">
        <h2 id="stage-numbers-heading" className="text-lg font-semibold">
          {t('numbersHeading')}
        </h2>
        <SelfReportedNotice min={atStage.minStories} />
        <p className="text-gray-800">
          {reached.suppressed
            ? t('reachedInsufficient')
            : t('reachedShare', {
                share: format.number(reached.share, { style: 'percent', maximumFractionDigits: 0 }),
                count: reached.count,
              })}
        </p>
        <ShareFigure
          id="stage-outcomes"
          title={t('outcomesCaption')}
          column={tOutcomes('outcome')}
          rows={atStage.outcomes.map((o) => ({ key: o.outcome.slug, label: labelIn(o.outcome, locale), figure: o.figure }))}
          t={tOutcomes}
          format={format}
        />
      </section>

      <section aria-labelledby="stage-helpful-heading" className="space-y-3">
        <h2 id="stage-helpful-heading" className="text-lg font-semibold">
          {t('helpfulHeading')}
        </h2>
        <StoryList stories={helpful} taxonomy={taxonomy} empty={t('helpfulEmpty')} />
      </section>

      <section aria-labelledby="stage-answers-heading" className="space-y-3">
        <h2 id="stage-answers-heading" className="text-lg font-semibold">
          {t('answersHeading')}
        </h2>
        {answers.length === 0 ? (
          <p className="text-gray-600">{t('answersEmpty')}</p>
        ) : (
          <ul className="space-y-3">
            {answers.map((a) => (
              <li key={a.answerId} className="rounded border border-gray-200 bg-white p-3">
                <Link href={threadPath(a.questionId, a.questionTitle)} className="font-medium text-teal-800 underline">
                  {a.questionTitle}
                </Link>
                <p className="mt-1 text-sm text-gray-700">{a.answerExcerpt}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
