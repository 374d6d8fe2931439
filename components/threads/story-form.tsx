'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { SimilarThreads } from '@/components/search/similar-threads';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { MaskPreview } from '@/components/ui/mask-preview';
import { PendingSubmitButton, submitKeepingFields } from '@/components/ui/keep-fields';
import type { ActionState } from '@/lib/actions/action-state';
import { LIMITS } from '@/lib/limits';

export interface Option {
  id: number;
  label: string;
  isOther?: boolean;
}

export interface StoryFormValues {
  threadId?: number;
  title: string;
  body: string;
  stageIds: number[];
  outcomeId: number | null;
  lenderId: number | null;
  lenderOther: string;
  amountBandId: number | null;
  monthsOverdue: number | null;
  anonymous: boolean;
  timeline: { date: string; stageId: number | null; note: string }[];
}

type TimelineRow = { key: number; date: string; stageId: string; note: string };

/**
 * New-story and edit-story form. Every input is controlled, so a refused
 * submit (validation, session expired, server error) never clears what the
 * person wrote; errors are shown next to each field.
 */
export function StoryForm({
  action,
  initial,
  options,
  mode,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial: StoryFormValues;
  options: { stages: Option[]; outcomes: Option[]; lenders: Option[]; amountBands: Option[] };
  mode: 'create' | 'edit';
}) {
  const t = useTranslations('form');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [stageIds, setStageIds] = useState<number[]>(initial.stageIds);
  const [outcomeId, setOutcomeId] = useState(initial.outcomeId?.toString() ?? '');
  const [lenderId, setLenderId] = useState(initial.lenderId?.toString() ?? '');
  const [lenderOther, setLenderOther] = useState(initial.lenderOther);
  const [amountBandId, setAmountBandId] = useState(initial.amountBandId?.toString() ?? '');
  const [monthsOverdue, setMonthsOverdue] = useState(initial.monthsOverdue?.toString() ?? '');
  const [anonymous, setAnonymous] = useState(initial.anonymous);
  const [rows, setRows] = useState<TimelineRow[]>(() =>
    initial.timeline.map((e, key) => ({ key, date: e.date, stageId: e.stageId?.toString() ?? '', note: e.note })),
  );
  const [nextKey, setNextKey] = useState(initial.timeline.length);

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const fid = (name: string) => `${id}-${name}`;
  const err = (name: string) => `${id}-${name}-error`;
  const lenderIsOther = options.lenders.find((l) => String(l.id) === lenderId)?.isOther ?? false;
  const inputClass = 'w-full rounded border border-gray-300 bg-white px-2 py-1.5';

  const select = (name: string, value: string, set: (v: string) => void, items: Option[], label: string) => (
    <div className="space-y-1">
      <label htmlFor={fid(name)} className="block font-medium">
        {label}
      </label>
      <select
        id={fid(name)}
        name={name}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={Boolean(errors?.[name])}
        aria-describedby={describedBy(errors, name, err(name))}
        className={inputClass}
      >
        <option value="">{t('choose')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.label}
          </option>
        ))}
      </select>
      <FieldError id={err(name)} errors={errors} name={name} />
    </div>
  );

  return (
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="space-y-5" data-testid="story-form" noValidate>
      {initial.threadId ? <input type="hidden" name="threadId" value={initial.threadId} /> : null}
      <FormError message={state && !state.ok ? state.message : undefined} />

      <div className="space-y-1">
        <label htmlFor={fid('title')} className="block font-medium">
          {t('title')}
        </label>
        <input
          id={fid('title')}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={Boolean(errors?.title)}
          aria-describedby={describedBy(errors, 'title', err('title'))}
          className={inputClass}
        />
        <p className="text-right text-xs text-gray-600" aria-live="polite">
          {title.length}/{LIMITS.titleMax}
        </p>
        <FieldError id={err('title')} errors={errors} name="title" />
        {mode === 'create' ? <SimilarThreads title={title} /> : null}
      </div>

      <CheckboxGroup
        name="stageIds"
        legend={t('stages')}
        hint={t('stagesHint')}
        options={options.stages}
        value={stageIds}
        onChange={setStageIds}
        errors={errors}
        idPrefix={id}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        {select('outcomeId', outcomeId, setOutcomeId, options.outcomes, t('outcome'))}
        {select('lenderId', lenderId, setLenderId, options.lenders, t('lender'))}
        {lenderIsOther ? (
          <div className="space-y-1">
            <label htmlFor={fid('lenderOther')} className="block font-medium">
              {t('lenderOther')}
            </label>
            <input
              id={fid('lenderOther')}
              name="lenderOther"
              value={lenderOther}
              onChange={(e) => setLenderOther(e.target.value)}
              aria-invalid={Boolean(errors?.lenderOther)}
              aria-describedby={describedBy(errors, 'lenderOther', err('lenderOther'))}
              className={inputClass}
            />
            <FieldError id={err('lenderOther')} errors={errors} name="lenderOther" />
          </div>
        ) : null}
        {select('amountBandId', amountBandId, setAmountBandId, options.amountBands, t('amountBand'))}
        <div className="space-y-1">
          <label htmlFor={fid('monthsOverdue')} className="block font-medium">
            {t('monthsOverdue')}
          </label>
          <input
            id={fid('monthsOverdue')}
            name="monthsOverdue"
            inputMode="numeric"
            value={monthsOverdue}
            onChange={(e) => setMonthsOverdue(e.target.value)}
            aria-invalid={Boolean(errors?.monthsOverdue)}
            aria-describedby={describedBy(errors, 'monthsOverdue', err('monthsOverdue'))}
            className={inputClass}
          />
          <FieldError id={err('monthsOverdue')} errors={errors} name="monthsOverdue" />
        </div>
      </div>

      <div className="space-y-1">
        <label htmlFor={fid('body')} className="block font-medium">
          {t('body')}
        </label>
        <p id={fid('body-hint')} className="text-sm text-gray-600">
          {t('bodyHint')}
        </p>
        <textarea
          id={fid('body')}
          name="body"
          rows={12}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={Boolean(errors?.body)}
          aria-describedby={describedBy(errors, 'body', err('body'), fid('body-hint'))}
          className={inputClass}
        />
        <p className="text-right text-xs text-gray-600">
          {body.length}/{LIMITS.bodyMax}
        </p>
        <FieldError id={err('body')} errors={errors} name="body" />
      </div>

      <fieldset className="space-y-3 rounded-lg border border-gray-200 bg-white p-3">
        <legend className="px-1 font-medium">{t('timeline')}</legend>
        <p className="text-sm text-gray-600">{t('timelineHint')}</p>
        <FieldError id={err('timeline')} errors={errors} name="timeline" />
        {rows.map((row, index) => {
          const update = (patch: Partial<TimelineRow>) =>
            setRows((list) => list.map((r) => (r.key === row.key ? { ...r, ...patch } : r)));
          const key = (name: string) => `timeline.${index}.${name}`;
          return (
            <fieldset key={row.key} className="grid gap-2 border-t border-gray-100 pt-3 sm:grid-cols-[9rem_9rem_1fr_auto]" data-testid="timeline-row">
              <legend className="sr-only">{t('entry', { n: index + 1 })}</legend>
              <div>
                <label htmlFor={fid(`tl-date-${row.key}`)} className="block text-sm">
                  {t('date')}
                </label>
                <input
                  id={fid(`tl-date-${row.key}`)}
                  name="timelineDate"
                  placeholder="2025-03"
                  value={row.date}
                  onChange={(e) => update({ date: e.target.value })}
                  aria-invalid={Boolean(errors?.[key('date')])}
                  aria-describedby={describedBy(errors, key('date'), err(key('date')), fid('date-hint'))}
                  className={inputClass}
                />
                <FieldError id={err(key('date'))} errors={errors} name={key('date')} />
              </div>
              <div>
                <label htmlFor={fid(`tl-stage-${row.key}`)} className="block text-sm">
                  {t('stage')}
                </label>
                <select
                  id={fid(`tl-stage-${row.key}`)}
                  name="timelineStage"
                  value={row.stageId}
                  onChange={(e) => update({ stageId: e.target.value })}
                  className={inputClass}
                >
                  <option value="">{t('none')}</option>
                  {options.stages.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
                <FieldError id={err(key('stageId'))} errors={errors} name={key('stageId')} />
              </div>
              <div>
                <label htmlFor={fid(`tl-note-${row.key}`)} className="block text-sm">
                  {t('note')}
                </label>
                <input
                  id={fid(`tl-note-${row.key}`)}
                  name="timelineNote"
                  value={row.note}
                  onChange={(e) => update({ note: e.target.value })}
                  aria-invalid={Boolean(errors?.[key('note')])}
                  aria-describedby={describedBy(errors, key('note'), err(key('note')))}
                  className={inputClass}
                />
                <FieldError id={err(key('note'))} errors={errors} name={key('note')} />
              </div>
              <div className="flex items-end">
                <button
                  type="button"
                  onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                  className="text-sm text-red-700 underline"
                >
                  {t('removeEntry')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <p id={fid('date-hint')} className="text-xs text-gray-600">
          {t('dateHint')}
        </p>
        <button
          type="button"
          onClick={() => {
            setRows((list) => [...list, { key: nextKey, date: '', stageId: '', note: '' }]);
            setNextKey((k) => k + 1);
          }}
          className="rounded border border-sea-600 px-3 py-1 text-sm text-sea-800"
          data-testid="add-timeline-entry"
        >
          {t('addEntry')}
        </button>
      </fieldset>

      {mode === 'create' ? (
        <div className="space-y-1">
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name="anonymous" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('anonymous')}
          </label>
          <p className="text-sm text-gray-600">{t('anonymousHint')}</p>
        </div>
      ) : null}

      <MaskPreview texts={[title, body, lenderOther, ...rows.map((r) => r.note)]} />
      <PendingSubmitButton pending={pending}>{mode === 'create' ? t('publish') : t('save')}</PendingSubmitButton>
    </form>
  );
}
