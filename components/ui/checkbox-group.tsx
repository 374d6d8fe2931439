'use client';

import type { FieldErrors } from '@/lib/errors';
import { FieldError } from './form-feedback';

/**
 * A fieldset of checkboxes posting `name` once per checked id (stages, a
 * badge's scope …), controlled so a refused submit keeps the choice.
 */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  errors,
  idPrefix,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { id: number; label: string }[];
  value: number[];
  onChange: (next: number[]) => void;
  errors?: FieldErrors;
  idPrefix: string;
}) {
  return (
    <fieldset className="space-y-1" aria-describedby={hint ? `${idPrefix}-${name}-hint` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={`${idPrefix}-${name}-hint`} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-1.5 rounded border border-gray-300 bg-white px-2 py-1 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={value.includes(option.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, option.id] : value.filter((x) => x !== option.id))}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${idPrefix}-${name}-error`} errors={errors} name={name} />
    </fieldset>
  );
}
