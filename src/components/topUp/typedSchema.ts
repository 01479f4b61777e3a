import { toTypedSchema } from '@vee-validate/yup'
import type { Schema } from 'yup'

/**
 * The form's typed schema without vee-validate's cast of the initial values: a money field holds
 * the rubles as typed, and the cast would turn the draft's "1500" into 150000 (kopecks) on screen.
 * Submitting still hands the schema's output (kopecks) to the submit handler.
 */
export function typedSchemaKeepingInput<S extends Schema>(schema: S) {
  return { ...toTypedSchema(schema), cast: undefined }
}
