// The rules of the two order forms, shared by the forms and the mock API (which answers 422 with
// the same codes). The limits are the panel's, the catalogue repeats them for the API's clients.
// What depends on the account (the names already used, the models in stock) comes from the
// caller: the form knows the list and the catalogue it shows, the API its data.
import { number, object, string } from 'yup'
import type { BillingPeriodMonths, DedicatedModel, DiskType, ImageId, RegionId } from '@/api/types'
import { BILLING_PERIODS, CLOUD_LIMITS } from '../serviceOrderLimits'

export const REGIONS = ['spb', 'msk', 'nsk'] as const satisfies readonly RegionId[]
export const IMAGES = ['ubuntu-24.04', 'debian-12', 'windows-2022'] as const satisfies readonly ImageId[]
export const DISK_TYPES = ['ssd', 'hdd'] as const satisfies readonly DiskType[]
export { BILLING_PERIODS, CLOUD_LIMITS }

/** 1–63 Latin letters, digits and hyphens, neither first nor last a hyphen (a host name label). */
const SERVICE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/

export function isValidServiceName(value: string): boolean {
  return SERVICE_NAME.test(value)
}

/** Names compare without case: "Web-1" and "web-1" are the same server to people. */
export function isServiceNameTaken(name: string, takenNames: readonly string[]): boolean {
  const lower = name.toLowerCase()
  return takenNames.some((taken) => taken.toLowerCase() === lower)
}

function serviceName(takenNames: () => readonly string[]) {
  return string()
    .trim()
    .required('validation.required')
    .test('format', 'validation.serviceOrder.nameFormat', (value) => !value || isValidServiceName(value))
    .test('taken', 'validation.serviceOrder.nameTaken', (value) => !value || !isServiceNameTaken(value, takenNames()))
}

/** An integer within `range`; a form's empty number input is required, a fraction is not a whole number. */
function wholeNumber(range: { min: number; max: number }, rangeCode: string) {
  return number()
    .transform((value: number, original: unknown) => (original === '' || original === null ? undefined : value))
    .typeError('validation.serviceOrder.wholeNumber')
    .required('validation.required')
    .integer('validation.serviceOrder.wholeNumber')
    .min(range.min, rangeCode)
    .max(range.max, rangeCode)
}

export function cloudServerOrderSchema(takenNames: () => readonly string[] = () => []) {
  return object({
    name: serviceName(takenNames),
    region: string<RegionId>().required('validation.required').oneOf(REGIONS, 'validation.oneOf'),
    vcpu: wholeNumber(CLOUD_LIMITS.vcpu, 'validation.serviceOrder.vcpuRange'),
    ramGb: wholeNumber(CLOUD_LIMITS.ramGb, 'validation.serviceOrder.ramRange').test('perVcpu', 'validation.serviceOrder.ramPerVcpu', function (ramGb) {
      const vcpu = (this.parent as { vcpu?: unknown }).vcpu
      return typeof vcpu !== 'number' || !Number.isInteger(vcpu) || ramGb <= vcpu * CLOUD_LIMITS.ramGbPerVcpuMax
    }),
    diskType: string<DiskType>().required('validation.required').oneOf(DISK_TYPES, 'validation.oneOf'),
    diskGb: wholeNumber(CLOUD_LIMITS.diskGb, 'validation.serviceOrder.diskRange'),
    image: string<ImageId>().required('validation.required').oneOf(IMAGES, 'validation.oneOf'),
  })
}

/** Whether `model` can be ordered in `location` (it is in stock there). */
export function isModelAvailable(model: Pick<DedicatedModel, 'availableIn'>, location: string): boolean {
  return (model.availableIn as string[]).includes(location)
}

export function dedicatedServerOrderSchema(models: () => readonly DedicatedModel[] = () => [], takenNames: () => readonly string[] = () => []) {
  return object({
    name: serviceName(takenNames),
    location: string<RegionId>().required('validation.required').oneOf(REGIONS, 'validation.oneOf'),
    modelId: string()
      .required('validation.serviceOrder.modelRequired')
      .test('model', function (modelId) {
        const known = models()
        if (!known.length) return true
        const model = known.find((m) => m.id === modelId)
        if (!model) return this.createError({ message: 'validation.oneOf' })
        const location = (this.parent as { location?: unknown }).location
        if (typeof location === 'string' && (REGIONS as readonly string[]).includes(location) && !isModelAvailable(model, location)) return this.createError({ message: 'validation.serviceOrder.outOfStock' })
        return true
      }),
    periodMonths: number<BillingPeriodMonths>()
      .typeError('validation.oneOf')
      .required('validation.required')
      .oneOf(BILLING_PERIODS, 'validation.oneOf'),
    os: string<ImageId>().required('validation.required').oneOf(IMAGES, 'validation.oneOf'),
  })
}
