'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { MaskPreview } from '@/components/ui/mask-preview';
import type { ActionState } from '@/lib/actions/action-state';
import { channels, conductCategories, thirdPartyKinds, type ConductCategory } from '@/lib/conduct/types';
import { PendingSubmitButton, submitKeepingFields } from '@/components/ui/keep-fields';

export interface ConductEntryFormValues {
  entryId?: number;
  date: string;
  time: string;
  timeZone: string;
  channel: string;
  thirdParty: string;
  connected: boolean;
  lenderId: string;
  agency: string;
  collectorName: string;
  categories: ConductCategory[];
  agreedToContactAtNight: boolean;
  note: string;
  evidenceNote: string;
  threadId: string;
}

export interface ConductFormOption {
  id: number;
  label: string;
}

type Result = ActionState<{ id: number }>;

/**
 * Adds or edits one entry of the member's conduct log. Every input is
 * controlled, so a refused submit keeps what was typed; after a successful
 * add the form clears what differs per contact and keeps the date, zone and
 * collector, since contacts tend to come in runs from the same collector.
 */
export function ConductEntryForm({
  action,
  initial,
  options,
  mode,
}: {
  action: (prev: Result, form: FormData) => Promise<Result>;
  initial: ConductEntryFormValues;
  options: { lenders: ConductFormOption[]; stories: ConductFormOption[]; timeZones: readonly string[] };
  mode: 'create' | 'edit';
}) {
  const t = useTranslations('conduct');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const [values, setValues] = useState(initial);
  const [handled, setHandled] = useState<Result>(null);

  // A new successful result clears the per-contact fields (React's "adjust state on a prop change" pattern).
  if (state !== handled) {
    setHandled(state);
    if (state?.ok && mode === 'create') {
      setValues((v) => ({ ...initial, date: v.date, timeZone: v.timeZone, lenderId: v.lenderId, agency: v.agency }));
    }
  }

  const set = <K extends keyof ConductEntryFormValues>(key: K, value: ConductEntryFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const fid = (name: string) => `${id}-${name}`;
  const err = (name: string) => `${id}-${name}-error`;
  const inputClass = 'w-full rounded border border-gray-300 bg-white px-2 py-1.5';
  const a11y = (name: string, hint?: string) => ({
    id: fid(name),
    name,
    'aria-invalid': Boolean(errors?.[name]),
    'aria-describedby': describedBy(errors, name, err(name), hint),
  });

  return (
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="space-y-4" data-testid="conduct-entry-form" noValidate>
      {values.entryId ? <input type="hidden" name="entryId" value={values.entryId} /> : null}
      <FormError message={state && !state.ok ? state.message : undefined} />
      <FieldError id={err('_form')} errors={errors} name="_form" />
      {state?.ok && mode === 'create' ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900" data-testid="conduct-saved">
          {t('saved')}
        </p>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor={fid('date')} className="block font-medium">
            {t('form.date')}
          </label>
          <input type="date" {...a11y('date')} value={values.date} onChange={(e) => set('date', e.target.value)} className={inputClass} />
          <FieldError id={err('date')} errors={errors} name="date" />
        </div>
        <div className="space-y-1">
          <label htmlFor={fid('time')} className="block font-medium">
            {t('form.time')}
          </label>
          <input type="time" {...a11y('time')} value={values.time} onChange={(e) => set('time', e.target.value)} className={inputClass} />
          <FieldError id={err('time')} errors={errors} name="time" />
        </div>
        <div className="space-y-1">
          <label htmlFor={fid('timeZone')} className="block font-medium">
            {t('form.timeZone')}
          </label>
          <input
            {...a11y('timeZone', fid('timeZone-hint'))}
            list={fid('zones')}
            autoComplete="off"
            spellCheck={false}
            value={values.timeZone}
            onChange={(e) => set('timeZone', e.target.value)}
            className={inputClass}
          />
          <datalist id={fid('zones')}>
            {options.timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <p id={fid('timeZone-hint')} className="text-xs text-gray-600">
            {t('form.timeZoneHint')}{' '}
            <button
              type="button"
              className="text-sea-700 underline"
              onClick={() => set('timeZone', Intl.DateTimeFormat().resolvedOptions().timeZone)}
            >
              {t('form.useDeviceZone')}
            </button>
          </p>
          <FieldError id={err('timeZone')} errors={errors} name="timeZone" />
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor={fid('channel')} className="block font-medium">
            {t('form.channel')}
          </label>
          <select {...a11y('channel')} value={values.channel} onChange={(e) => set('channel', e.target.value)} className={inputClass}>
            <option value="">{t('form.choose')}</option>
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </select>
          <FieldError id={err('channel')} errors={errors} name="channel" />
        </div>
        <div className="space-y-1">
          <label htmlFor={fid('thirdParty')} className="block font-medium">
            {t('form.thirdParty')}
          </label>
          <select {...a11y('thirdParty')} value={values.thirdParty} onChange={(e) => set('thirdParty', e.target.value)} className={inputClass}>
            <option value="">{t('form.debtor')}</option>
            {thirdPartyKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`thirdParties.${kind}`)}
              </option>
            ))}
          </select>
          <FieldError id={err('thirdParty')} errors={errors} name="thirdParty" />
        </div>
        {values.channel === 'call' ? (
          <div className="flex items-end pb-2">
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="connected" checked={values.connected} onChange={(e) => set('connected', e.target.checked)} />
              {t('form.connected')}
            </label>
          </div>
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor={fid('lenderId')} className="block font-medium">
            {t('form.lender')}
          </label>
          <select {...a11y('lenderId')} value={values.lenderId} onChange={(e) => set('lenderId', e.target.value)} className={inputClass}>
            <option value="">{t('form.choose')}</option>
            {options.lenders.map((lender) => (
              <option key={lender.id} value={lender.id}>
                {lender.label}
              </option>
            ))}
          </select>
          <FieldError id={err('lenderId')} errors={errors} name="lenderId" />
        </div>
        <div className="space-y-1">
          <label htmlFor={fid('agency')} className="block font-medium">
            {t('form.agency')}
          </label>
          <input {...a11y('agency', fid('agency-hint'))} value={values.agency} onChange={(e) => set('agency', e.target.value)} className={inputClass} />
          <p id={fid('agency-hint')} className="text-xs text-gray-600">
            {t('form.agencyHint')}
          </p>
          <FieldError id={err('agency')} errors={errors} name="agency" />
        </div>
        <div className="space-y-1">
          <label htmlFor={fid('collectorName')} className="block font-medium">
            {t('form.collectorName')}
          </label>
          <input
            {...a11y('collectorName')}
            value={values.collectorName}
            onChange={(e) => set('collectorName', e.target.value)}
            className={inputClass}
          />
          <FieldError id={err('collectorName')} errors={errors} name="collectorName" />
        </div>
      </div>

      <fieldset className="space-y-1" aria-describedby={describedBy(errors, 'categories', err('categories'))}>
        <legend className="font-medium">{t('form.categories')}</legend>
        <div className="flex flex-wrap gap-2">
          {conductCategories.map((category) => (
            <label key={category} className="flex items-center gap-1.5 rounded border border-gray-300 bg-white px-2 py-1 text-sm">
              <input
                type="checkbox"
                name="categories"
                value={category}
                checked={values.categories.includes(category)}
                onChange={(e) =>
                  set('categories', e.target.checked ? [...values.categories, category] : values.categories.filter((c) => c !== category))
                }
              />
              {t(`categories.${category}`)}
            </label>
          ))}
        </div>
        <FieldError id={err('categories')} errors={errors} name="categories" />
      </fieldset>

      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="agreedToContactAtNight"
          checked={values.agreedToContactAtNight}
          onChange={(e) => set('agreedToContactAtNight', e.target.checked)}
        />
        {t('form.agreed')}
      </label>

      <div className="space-y-1">
        <label htmlFor={fid('note')} className="block font-medium">
          {t('form.note')}
        </label>
        <textarea {...a11y('note')} rows={4} value={values.note} onChange={(e) => set('note', e.target.value)} className={inputClass} />
        <FieldError id={err('note')} errors={errors} name="note" />
      </div>
      <div className="space-y-1">
        <label htmlFor={fid('evidenceNote')} className="block font-medium">
          {t('form.evidenceNote')}
        </label>
        <textarea
          {...a11y('evidenceNote', fid('evidence-hint'))}
          rows={2}
          value={values.evidenceNote}
          onChange={(e) => set('evidenceNote', e.target.value)}
          className={inputClass}
        />
        <p id={fid('evidence-hint')} className="text-xs text-gray-600">
          {t('form.evidenceHint')}
        </p>
        <FieldError id={err('evidenceNote')} errors={errors} name="evidenceNote" />
      </div>

      {options.stories.length ? (
        <div className="space-y-1">
          <label htmlFor={fid('threadId')} className="block font-medium">
            {t('form.story')}
          </label>
          <select {...a11y('threadId')} value={values.threadId} onChange={(e) => set('threadId', e.target.value)} className={inputClass}>
            <option value="">{t('form.noStory')}</option>
            {options.stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.label}
              </option>
            ))}
          </select>
          <FieldError id={err('threadId')} errors={errors} name="threadId" />
        </div>
      ) : null}

      <MaskPreview texts={[values.agency, values.collectorName, values.note, values.evidenceNote]} />
      <PendingSubmitButton pending={pending}>{mode === 'create' ? t('form.add') : t('form.save')}</PendingSubmitButton>
    </form>
  );
}
