// "Original billing documents": how paper originals reach the customer. Post needs the address to
// send them to; electronic document management and courier pick-up (from our office) do not.
import { mixed, object, string } from 'yup'
import type { OriginalsMethod } from '@/api/types'

export const ORIGINALS_METHODS: OriginalsMethod[] = ['edm', 'post', 'courier']

export const originalsSchema = object({
  method: mixed<OriginalsMethod>().oneOf(ORIGINALS_METHODS, 'validation.oneOf').required('validation.required'),
  address: string()
    .default('')
    .transform((value: unknown) => (typeof value === 'string' ? value.trim() : ''))
    .max(300, 'validation.tooLong')
    .when('method', {
      is: 'post',
      then: (schema) => schema.required('validation.postalAddress').min(10, 'validation.postalAddress'),
    }),
})
