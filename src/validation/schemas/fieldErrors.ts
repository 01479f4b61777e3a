import { ValidationError, type Schema } from 'yup'

/** Field → message key of a failed validation (first error per field). */
function errorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ValidationError)) throw error
  const errors: Record<string, string> = {}
  for (const inner of error.inner.length ? error.inner : [error]) {
    const field = inner.path ?? '_'
    errors[field] ??= String(inner.message)
  }
  return errors
}

/**
 * Validates `value` against `schema` and returns field → message key (first error per field),
 * or null when valid. Used by the mock API to answer 422 with the form's own messages.
 */
export async function fieldErrorsOf(schema: Schema, value: unknown): Promise<Record<string, string> | null> {
  try {
    await schema.validate(value, { abortEarly: false, strict: false })
    return null
  } catch (error) {
    return errorsOf(error)
  }
}

/**
 * The same, synchronously (a schema without async tests): for a check against the data that must
 * run inside the one write that then changes it (a transfer checks the source's money there).
 */
export function fieldErrorsOfSync(schema: Schema, value: unknown): Record<string, string> | null {
  try {
    schema.validateSync(value, { abortEarly: false, strict: false })
    return null
  } catch (error) {
    return errorsOf(error)
  }
}
