/** A text field of a form, or undefined when absent (zod then reports "required"). */
export function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function fields(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/**
 * Timeline rows arrive as parallel lists (timelineDate, timelineStage,
 * timelineNote); rows left entirely empty are dropped, not reported.
 */
export function timelineFrom(form: FormData) {
  const dates = fields(form, 'timelineDate');
  const stageIds = fields(form, 'timelineStage');
  const notes = fields(form, 'timelineNote');
  return dates
    .map((date, i) => ({ date, stageId: stageIds[i] || undefined, note: notes[i] ?? '' }))
    .filter((row) => row.date.trim() || row.note.trim());
}

export function storyFieldsFrom(form: FormData) {
  return {
    title: field(form, 'title'),
    body: field(form, 'body'),
    stageIds: fields(form, 'stageIds'),
    outcomeId: field(form, 'outcomeId'),
    lenderId: field(form, 'lenderId'),
    lenderOther: field(form, 'lenderOther'),
    amountBandId: field(form, 'amountBandId'),
    monthsOverdue: field(form, 'monthsOverdue') || undefined,
    timeline: timelineFrom(form),
  };
}
