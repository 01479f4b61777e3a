// Schemas of the API keys forms. The mock API validates its requests with the same ones, so the
// server refuses exactly what the forms refuse (it adds what only it knows: a name already taken).
// Messages are i18n keys. Not in the schemas barrel: only the API keys tab loads them.
import { array, boolean, mixed, object, string } from 'yup'
import type { ApiKeyAccess, ApiKeyExpiry } from '@/api/types'
import { isValidIpRange } from '../rules/ipAddress'

export const API_KEY_ACCESS: ApiKeyAccess[] = ['full', 'readOnly']
export const API_KEY_EXPIRIES: ApiKeyExpiry[] = ['days30', 'days90', 'year1', 'never']
export const API_KEY_NAME_MAX = 64
export const API_KEY_MAX_IPS = 20

const name = string().trim().required('validation.required').max(API_KEY_NAME_MAX, 'validation.tooLong')

/** The allowed addresses as typed in one field: one per line, or separated by commas or spaces. */
export function splitIpList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean)
}

const allowedIps = array(string().required('validation.ipRange'))
  .max(API_KEY_MAX_IPS, 'validation.tooManyIps')
  .test('ranges', 'validation.ipRange', (list) => !list || list.every((entry) => isValidIpRange(entry)))

/** What POST /api-keys accepts. */
export const apiKeyCreateSchema = object({
  name,
  access: mixed<ApiKeyAccess>().oneOf(API_KEY_ACCESS, 'validation.required').required('validation.required'),
  expiry: mixed<ApiKeyExpiry>().oneOf(API_KEY_EXPIRIES, 'validation.required').required('validation.required'),
  allowedIps,
})

/** The "Create key" form: the addresses are one text field, split as the API expects. */
export const apiKeyCreateFormSchema = object({
  name,
  access: mixed<ApiKeyAccess>().oneOf(API_KEY_ACCESS, 'validation.required').required('validation.required'),
  expiry: mixed<ApiKeyExpiry>().oneOf(API_KEY_EXPIRIES, 'validation.required').required('validation.required'),
  allowedIps: string()
    .default('')
    .test('count', 'validation.tooManyIps', (text) => splitIpList(text ?? '').length <= API_KEY_MAX_IPS)
    .test('ranges', 'validation.ipRange', (text) => splitIpList(text ?? '').every((entry) => isValidIpRange(entry))),
})

/** What PATCH /api-keys/{id} accepts (and the "Rename" form: its name). */
export const apiKeyUpdateSchema = object({ name: name.optional().default(undefined), enabled: boolean() })
export const apiKeyRenameSchema = object({ name })
