import { describe, expect, it } from 'vitest'
import type { DedicatedModel } from '@/api/types'
import { cloudServerOrderSchema, dedicatedServerOrderSchema, fieldErrorsOfSync } from '@/validation/schemas'

const CLOUD = { name: 'web-1', region: 'spb', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 40, image: 'ubuntu-24.04' }
const cloudErrors = (changes: Record<string, unknown>, taken: string[] = []) => fieldErrorsOfSync(cloudServerOrderSchema(() => taken), { ...CLOUD, ...changes })

describe('the rules of a cloud server order', () => {
  it('accepts a complete order', () => {
    expect(cloudErrors({})).toBeNull()
  })

  it.each([
    [1, null],
    [32, null],
    [0, 'validation.serviceOrder.vcpuRange'],
    [33, 'validation.serviceOrder.vcpuRange'],
    [1.5, 'validation.serviceOrder.wholeNumber'],
  ])('takes %s vCPU as %s (1–32, whole)', (vcpu, error) => {
    expect(cloudErrors({ vcpu, ramGb: 1 })?.vcpu ?? null).toBe(error)
  })

  it.each([
    [1, null],
    [256, null],
    [0, 'validation.serviceOrder.ramRange'],
    [257, 'validation.serviceOrder.ramRange'],
  ])('takes %s GB of RAM as %s (1–256 GB)', (ramGb, error) => {
    expect(cloudErrors({ vcpu: 32, ramGb })?.ramGb ?? null).toBe(error)
  })

  it('allows at most 8 GB of RAM per vCPU', () => {
    expect(cloudErrors({ vcpu: 2, ramGb: 16 })).toBeNull()
    expect(cloudErrors({ vcpu: 2, ramGb: 17 })).toEqual({ ramGb: 'validation.serviceOrder.ramPerVcpu' })
    expect(cloudErrors({ vcpu: 32, ramGb: 256 })).toBeNull()
  })

  it.each([
    [10, null],
    [2048, null],
    [9, 'validation.serviceOrder.diskRange'],
    [2049, 'validation.serviceOrder.diskRange'],
    ['', 'validation.required'],
  ])('takes a disk of %s GB as %s (10–2048 GB)', (diskGb, error) => {
    expect(cloudErrors({ diskGb })?.diskGb ?? null).toBe(error)
  })

  it.each([
    ['a', null],
    ['Web-Prod-1', null],
    ['x'.repeat(63), null],
    ['x'.repeat(64), 'validation.serviceOrder.nameFormat'],
    ['-web', 'validation.serviceOrder.nameFormat'],
    ['web-', 'validation.serviceOrder.nameFormat'],
    ['web_1', 'validation.serviceOrder.nameFormat'],
    ['веб-1', 'validation.serviceOrder.nameFormat'],
    ['web 1', 'validation.serviceOrder.nameFormat'],
    ['', 'validation.required'],
  ])('takes the name %j as %s (1–63 Latin letters, digits and hyphens, not at either end)', (name, error) => {
    expect(cloudErrors({ name })?.name ?? null).toBe(error)
  })

  it('refuses a name the account already uses, whatever its case', () => {
    expect(cloudErrors({ name: 'Web-Prod-1' }, ['web-prod-1'])).toEqual({ name: 'validation.serviceOrder.nameTaken' })
    expect(cloudErrors({ name: 'web-prod-2' }, ['web-prod-1'])).toBeNull()
  })

  it('refuses a region or an image that is not offered', () => {
    expect(cloudErrors({ region: 'ams', image: 'freebsd' })).toEqual({ region: 'validation.oneOf', image: 'validation.oneOf' })
  })
})

const MODELS: DedicatedModel[] = [
  { id: 'xeon-e3', cpu: 'Intel Xeon E3-1230 v6', cores: 4, ramGb: 16, disks: { count: 2, sizeGb: 1000, type: 'hdd' }, pricePerMonthKopecks: 4_500_00, availableIn: ['nsk'] },
  { id: 'epyc', cpu: 'AMD EPYC 7313P', cores: 16, ramGb: 128, disks: { count: 2, sizeGb: 3840, type: 'ssd' }, pricePerMonthKopecks: 24_900_00, availableIn: ['spb', 'msk'] },
]
const DEDICATED = { name: 'db-1', location: 'nsk', modelId: 'xeon-e3', periodMonths: 3, os: 'debian-12' }
const dedicatedErrors = (changes: Record<string, unknown>, taken: string[] = []) => fieldErrorsOfSync(dedicatedServerOrderSchema(() => MODELS, () => taken), { ...DEDICATED, ...changes })

describe('the rules of a dedicated server order', () => {
  it('accepts a model in stock in its location', () => {
    expect(dedicatedErrors({})).toBeNull()
    expect(dedicatedErrors({ location: 'msk', modelId: 'epyc' })).toBeNull()
  })

  it('refuses a model that is out of stock in the location', () => {
    expect(dedicatedErrors({ location: 'spb' })).toEqual({ modelId: 'validation.serviceOrder.outOfStock' })
    expect(dedicatedErrors({ location: 'nsk', modelId: 'epyc' })).toEqual({ modelId: 'validation.serviceOrder.outOfStock' })
  })

  it('refuses a model the catalogue does not have, and asks for one when none is chosen', () => {
    expect(dedicatedErrors({ modelId: 'xeon-9000' })).toEqual({ modelId: 'validation.oneOf' })
    expect(dedicatedErrors({ modelId: '' })).toEqual({ modelId: 'validation.serviceOrder.modelRequired' })
  })

  it.each([1, 3, 6, 12])('accepts a billing period of %i months', (periodMonths) => {
    expect(dedicatedErrors({ periodMonths })).toBeNull()
  })

  it.each([2, 24, 0])('refuses a billing period of %i months', (periodMonths) => {
    expect(dedicatedErrors({ periodMonths })).toEqual({ periodMonths: 'validation.oneOf' })
  })

  it('checks the name as a cloud server’s, unique in the account whatever its case', () => {
    expect(dedicatedErrors({ name: 'DB-1' }, ['db-1'])).toEqual({ name: 'validation.serviceOrder.nameTaken' })
    expect(dedicatedErrors({ name: 'db_1' })).toEqual({ name: 'validation.serviceOrder.nameFormat' })
  })
})
