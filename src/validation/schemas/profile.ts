// The yup schema of the profile edit form, built from the matrix for one account type × residency.
// The mock API validates PATCH /profile with the same builder, so the server refuses exactly what
// the form refuses, with the same message keys on the same fields.
import { object, string, type ObjectSchema } from 'yup'
import type { AccountType, ProfileFieldName, ProfileValues, Residency } from '@/api/types'
import { PROFILE_FIELDS } from './profileFields'
import { layoutFields, PROFILE_MATRIX, type ProfileFieldOf, type ProfileVariant } from './profileMatrix'

export * from './profileFields'
export * from './profileMatrix'

/** The typed values of one variant's edit form (all strings; a form may hold a subset). */
export type ProfileFormValues<V extends ProfileVariant = ProfileVariant> = Partial<Record<ProfileFieldOf<V>, string>>

export interface ProfileSchemaOptions {
  /** The fields being edited; all of the variant's by default. */
  fields?: readonly ProfileFieldName[]
  /**
   * The stored values: cross-field rules read what the form does not hold (the BIC for an
   * account), and a field that has a value may not be emptied unless it is optional.
   */
  base?: ProfileValues
  /** For the date rules (tests pin it). */
  today?: Date | string
}

function splitVariant(variant: ProfileVariant): [AccountType, Residency] {
  const [type, residency] = variant.split('.') as [AccountType, Residency]
  return [type, residency]
}

export function profileSchema<V extends ProfileVariant>(variant: V, options: ProfileSchemaOptions = {}): ObjectSchema<ProfileFormValues<V>> {
  const [type, residency] = splitVariant(variant)
  const { base = {}, today = new Date() } = options
  const fields = options.fields ?? layoutFields(PROFILE_MATRIX[variant])
  const innKind = type === 'sole' || type === 'personal' ? 'personal' : 'legal'

  // The rules see values as they will be stored (normalised: digits only, upper case, E.164), but
  // the schema does not transform them: vee-validate casts initial values through the schema, and
  // the form shows them as people write them. Save normalises with normalizeProfileValues.
  const normalized = (value: unknown, field: ProfileFieldName) => PROFILE_FIELDS[field].normalize(typeof value === 'string' ? value : '', residency)
  const shape = Object.fromEntries(
    fields.map((field) => {
      const def = PROFILE_FIELDS[field]
      const filled = !!base[field]
      const schema = string()
        .default('')
        .test('required', 'validation.required', (value) => !filled || !!def.optional || !!normalized(value, field))
        .test('length', 'validation.tooLong', (value) => normalized(value, field).length <= def.maxLength)
        .test('rule', 'validation.invalid', function (value) {
          const own = normalized(value, field)
          if (!own || !def.rule) return true
          const values: ProfileValues = { ...base }
          for (const [name, raw] of Object.entries(this.parent as Record<string, unknown>)) {
            if (name in PROFILE_FIELDS) values[name as ProfileFieldName] = normalized(raw, name as ProfileFieldName)
          }
          const message = def.rule(own, { values, residency, innKind, today })
          return message === null || this.createError({ message })
        })
      return [field, schema]
    }),
  )
  return object(shape) as unknown as ObjectSchema<ProfileFormValues<V>>
}

/** Normalises values as they are stored, and as the schema's rules check them (what is stored is what was validated). */
export function normalizeProfileValues(variant: ProfileVariant, values: ProfileValues): ProfileValues {
  const [, residency] = splitVariant(variant)
  const result: ProfileValues = {}
  for (const [field, value] of Object.entries(values) as [ProfileFieldName, string | undefined][]) {
    result[field] = PROFILE_FIELDS[field].normalize(value ?? '', residency)
  }
  return result
}
