import type { FieldErrors } from '@/lib/errors';

/** The form-level message, announced to screen readers. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="form-error">
      {message}
    </p>
  );
}

/** Messages for one field; its id is what the input's aria-describedby points at. */
export function FieldError({ id, errors, name }: { id: string; errors?: FieldErrors; name: string }) {
  const messages = errors?.[name];
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700" data-testid={`field-error-${name}`}>
      {messages.join(' ')}
    </p>
  );
}

export function describedBy(errors: FieldErrors | undefined, name: string, id: string, hintId?: string) {
  const ids = [hintId, errors?.[name]?.length ? id : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
