// The form schemas (yup, src/validation/schemas) that check the bodies of writes with the forms'
// own rules and messages. A lazy chunk: the mock chunk holds none of yup, and a page load that only
// reads (the first screen) never loads it. A handler awaits `loadSchemas()` before it checks.
export type FormSchemas = typeof import('./formSchemaSet')

let loading: Promise<FormSchemas> | null = null

/** The schemas (once; a failed chunk load is tried again by the next call). */
export function loadSchemas(): Promise<FormSchemas> {
  loading ??= import('./formSchemaSet').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
