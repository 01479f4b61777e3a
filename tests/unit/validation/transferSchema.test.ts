import { describe, expect, it } from 'vitest'
import { fieldErrorsOf, fieldErrorsOfSync, transferSchema, transferTargets } from '@/validation/schemas'

// What the form knows the sources hold: 1 500 ₽ on the main balance, 300 ₽ on the others.
const schema = transferSchema((from) => (from === 'main' ? 1_500_00 : 300_00))

describe('the transfer schema', () => {
  it('offers the main balance a service balance, and every other source the main balance only', () => {
    expect(transferTargets('main')).toEqual(['cloud', 'dedicated', 'storage'])
    expect(transferTargets('cloud')).toEqual(['main'])
    expect(transferTargets('referral')).toEqual(['main'])
  })

  it.each([
    ['1500', null],
    ['1 500,00', null],
    ['0.01', null],
    ['', 'validation.required'],
    ['abc', 'validation.transfer.amountFormat'],
    ['10.005', 'validation.transfer.amountDecimals'],
    ['0', 'validation.transfer.amountPositive'],
    ['-5', 'validation.transfer.amountPositive'],
    ['1500.01', 'validation.transfer.aboveSource'],
  ])('checks the typed amount "%s" against what the source holds', async (amount, code) => {
    const errors = await fieldErrorsOf(schema, { from: 'main', to: 'cloud', amountKopecks: amount })
    expect(errors).toEqual(code ? { amountKopecks: code } : null)
  })

  it('checks integer kopecks the same way as the API receives them', () => {
    expect(fieldErrorsOfSync(schema, { from: 'main', to: 'cloud', amountKopecks: 1_500_00 })).toBeNull()
    expect(fieldErrorsOfSync(schema, { from: 'main', to: 'cloud', amountKopecks: 1_500_01 })).toEqual({ amountKopecks: 'validation.transfer.aboveSource' })
    expect(fieldErrorsOfSync(schema, { from: 'main', to: 'cloud', amountKopecks: 10.5 })).toEqual({ amountKopecks: 'validation.transfer.amountDecimals' })
  })

  it('does not limit the amount when what the source holds is not known', () => {
    expect(fieldErrorsOfSync(transferSchema(), { from: 'main', to: 'cloud', amountKopecks: 10_000_000_00 })).toBeNull()
  })

  it.each([
    ['main', 'main', 'validation.transfer.sameBalance'],
    ['referral', 'storage', 'validation.transfer.referralToMainOnly'],
    ['dedicated', 'cloud', 'validation.transfer.viaMain'],
  ])('refuses %s → %s on the destination', (from, to, code) => {
    expect(fieldErrorsOfSync(schema, { from, to, amountKopecks: 100 })).toEqual({ to: code })
  })
})
