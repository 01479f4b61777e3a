import { ValidationError, type Schema } from 'yup'

/**
 * Validates `value` against `schema` and returns field → message key (first error per field),
 * or null when valid. Used by the mock API to answer 422 with the form's own messages.
 */
export async function fieldErrorsOf(schema: Schema, value: unknown): Promise<Record<string, string> | null> {
  try {
    await schema.validate(value, { abortEarly: false, strict: false })
    return null
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const errors: Record<string, string> = {}
    for (const inner of error.inner.length ? error.inner : [error]) {
      const field = inner.path ?? '_'
      errors[field] ??= String(inner.message)
    }
    return errors
  }
}
