'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { FieldError, FormError, describedBy } from '@/components/ui/form-feedback';
import { MaskPreview } from '@/components/ui/mask-preview';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/action-state';
import { LIMITS } from '@/lib/limits';

export interface QuestionFormValues {
  threadId?: number;
  title: string;
  body: string;
  stageIds: number[];
}

/** Ask or edit a question; controlled fields, so a refused submit keeps everything. */
export function QuestionForm({
  action,
  initial,
  stages,
  mode,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial: QuestionFormValues;
  stages: { id: number; label: string }[];
  mode: 'create' | 'edit';
}) {
  const t = useTranslations('form');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [stageIds, setStageIds] = useState(initial.stageIds);
  const [anonymous, setAnonymous] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const input = 'w-full rounded border border-gray-300 bg-white px-2 py-1.5';
  return (
    <form action={formAction} className="space-y-5" data-testid="question-form" noValidate>
      {initial.threadId ? <input type="hidden" name="threadId" value={initial.threadId} /> : null}
      <FormError message={state && !state.ok ? state.message : undefined} />
      <div className="space-y-1">
        <label htmlFor={`${id}-title`} className="block font-medium">
          {t('title')}
        </label>
        <input
          id={`${id}-title`}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={Boolean(errors?.title)}
          aria-describedby={describedBy(errors, 'title', `${id}-title-error`)}
          className={input}
        />
        <p className="text-right text-xs text-gray-600">
          {title.length}/{LIMITS.titleMax}
        </p>
        <FieldError id={`${id}-title-error`} errors={errors} name="title" />
      </div>
      <CheckboxGroup name="stageIds" legend={t('stages')} options={stages} value={stageIds} onChange={setStageIds} errors={errors} idPrefix={id} />
      <div className="space-y-1">
        <label htmlFor={`${id}-body`} className="block font-medium">
          {t('body')}
        </label>
        <p id={`${id}-body-hint`} className="text-sm text-gray-600">
          {t('bodyHint')}
        </p>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={10}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={Boolean(errors?.body)}
          aria-describedby={describedBy(errors, 'body', `${id}-body-error`, `${id}-body-hint`)}
          className={input}
        />
        <FieldError id={`${id}-body-error`} errors={errors} name="body" />
      </div>
      {mode === 'create' ? (
        <div className="space-y-1">
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name="anonymous" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('anonymous')}
          </label>
          <p className="text-sm text-gray-600">{t('anonymousHint')}</p>
        </div>
      ) : null}
      <MaskPreview texts={[title, body]} />
      <SubmitButton>{mode === 'create' ? t('publish') : t('save')}</SubmitButton>
    </form>
  );
}
