// The low-balance alert's schema as the form uses it: thresholds typed as text, turned into what
// the API takes (kopecks, days), with the same message keys the mock API answers with.
import { describe, expect, it } from 'vitest'
import { balanceAlertsFormValues, balanceAlertsSchema, fieldErrorsOf, type BalanceAlertsFormValues } from '@/validation/schemas'

const FORM: BalanceAlertsFormValues = {
  enabled: true,
  thresholdType: 'rubles',
  thresholdKopecks: '5000',
  thresholdDays: '7',
  frequency: '6h',
  channels: { email: true, telegram: false },
}

describe('balanceAlertsSchema', () => {
  it.each([
    ['1 500,50', 1_500_50],
    ['1500.5', 1_500_50],
    ['1', 1_00],
    ['1 000 000', 1_000_000_00],
  ])('turns the typed threshold "%s" into %i kopecks', async (text, kopecks) => {
    const values = await balanceAlertsSchema.validate({ ...FORM, thresholdKopecks: text })
    expect(values.thresholdKopecks).toBe(kopecks)
    expect(values.thresholdDays).toBe(7)
  })

  it.each([
    ['', 'validation.balanceAlerts.thresholdRubles'],
    ['abc', 'validation.balanceAlerts.thresholdRubles'],
    ['0,99', 'validation.balanceAlerts.thresholdRubles'],
    ['-5', 'validation.balanceAlerts.thresholdRubles'],
    ['1 000 000,01', 'validation.balanceAlerts.thresholdRubles'],
    ['12,345', 'validation.balanceAlerts.thresholdDecimals'],
  ])('refuses the typed threshold "%s"', async (text, code) => {
    expect(await fieldErrorsOf(balanceAlertsSchema, { ...FORM, thresholdKopecks: text })).toEqual({ thresholdKopecks: code })
  })

  it.each(['', '0', '91', '1.5', 'seven'])('refuses %j days', async (text) => {
    expect(await fieldErrorsOf(balanceAlertsSchema, { ...FORM, thresholdDays: text })).toEqual({ thresholdDays: 'validation.balanceAlerts.thresholdDays' })
  })

  it('asks for a channel only while the alert is on', async () => {
    const none = { email: false, telegram: false }
    expect(await fieldErrorsOf(balanceAlertsSchema, { ...FORM, channels: none })).toEqual({ channels: 'validation.balanceAlerts.channelRequired' })
    expect(await fieldErrorsOf(balanceAlertsSchema, { ...FORM, enabled: false, channels: none })).toBeNull()
  })

  it('shows saved settings as the form holds them and back', async () => {
    const form = balanceAlertsFormValues({ ...FORM, thresholdKopecks: 2_500_50, thresholdDays: 14 })
    expect(form).toMatchObject({ thresholdKopecks: '2500.50', thresholdDays: '14' })
    await expect(balanceAlertsSchema.validate(form)).resolves.toMatchObject({ thresholdKopecks: 2_500_50, thresholdDays: 14 })
  })
})
