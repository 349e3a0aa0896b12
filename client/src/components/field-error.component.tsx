import { useCallback, useState } from 'react';
import { ApiError } from '../api';

/**
 * A form's errors, each attached to the input the server named (`field` in the error), or to the
 * form as a whole when it named none. Changing an input clears its error: the detective sees that
 * the fix was taken, and the server judges it again on the next submit.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  /** Files a failure under its field, or under '' for the form. */
  const fail = useCallback((error: unknown) => {
    const field = error instanceof ApiError && error.field ? error.field : '';
    setErrors({ [field]: (error as Error).message });
  }, []);
  /** Forgets one field's error (and the form's, which may have been about it). */
  const clear = useCallback(
    (field: string) =>
      setErrors((current) => {
        if (!(field in current) && !('' in current)) return current;
        const { [field]: _field, '': _form, ...rest } = current;
        return rest;
      }),
    [],
  );
  const reset = useCallback(() => setErrors({}), []);
  /** Props that tie an input to its error for screen readers and styles. */
  const describe = (field: string, id: string) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
  return { errors, fail, clear, reset, describe };
}

/** The error of one input, placed under it; nothing when the input has none. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={`${id}-error`} role="alert" className="field-error">
      {message}
    </span>
  );
}
