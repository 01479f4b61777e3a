import { describe, expect, it } from 'vitest'
import { ApiError, setAuthToken } from '@/api/client'
import { homeApi } from '@/api/home'
import { settingsApi } from '@/api/settings'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

describe('mock API: settings', () => {
  it('saves language and theme per user, so they follow the user to another browser', async () => {
    await loginAs('personal.resident@demo.test')
    await settingsApi.update({ language: 'ru', theme: 'branded' })
    // "Another browser": a new session of the same user.
    setAuthToken(null)
    await loginAs('personal.resident@demo.test')
    await expect(settingsApi.get()).resolves.toMatchObject({ language: 'ru', theme: 'branded' })
    // Other users are not affected.
    await loginAs('sole.resident@demo.test')
    await expect(settingsApi.get()).resolves.toMatchObject({ language: null, theme: null })
  })

  it('refuses a theme that does not exist', async () => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(settingsApi.update({ theme: 'neon' as never }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ theme: 'validation.oneOf' })
  })

  it('merges saved UI state by key and clears all of it on reset', async () => {
    await loginAs('business.resident@demo.test')
    await settingsApi.update({ uiState: { 'tickets.filters': { status: 'open' } } })
    const merged = await settingsApi.update({ uiState: { 'orders.vps': { cpu: 4 } } })
    expect(merged.uiState).toEqual({ 'tickets.filters': { status: 'open' }, 'orders.vps': { cpu: 4 } })
    const removed = await settingsApi.update({ uiState: { 'orders.vps': null } })
    expect(removed.uiState).toEqual({ 'tickets.filters': { status: 'open' } })
    const reset = await settingsApi.resetUiState()
    expect(reset.uiState).toEqual({})
    await expect(settingsApi.get()).resolves.toMatchObject({ uiState: {} })
  })

  it('refuses saved UI state that would outgrow its limit with 413, however small each write is', async () => {
    await loginAs('business.resident@demo.test')
    const draft = 'x'.repeat(20 * 1024)
    const answers: string[] = []
    for (let i = 0; i < 5; i++) {
      answers.push(await settingsApi.update({ uiState: { [`orders.draft${i}`]: draft } }).then(() => 'saved', (error: unknown) => (error instanceof ApiError ? `${error.status} ${error.code}` : 'other')))
    }
    expect(answers).toEqual(['saved', 'saved', 'saved', '413 request.tooLarge', '413 request.tooLarge'])
    // What was saved before stays; the refused writes left nothing behind.
    expect(Object.keys((await settingsApi.get()).uiState)).toEqual(['orders.draft0', 'orders.draft1', 'orders.draft2'])
  })

  it('answers 401 to a request without a session', async () => {
    setAuthToken(null)
    expect((await failure(settingsApi.get())).status).toBe(401)
  })
})

describe('mock API: home summary', () => {
  it('returns the balances in kopecks with their forecasts, the referral rewards and the personal discount', async () => {
    await loginAs('business.resident@demo.test')
    const summary = await homeApi.summary()
    expect(summary.balances.map((b) => b.kind)).toEqual(['main', 'cloud', 'dedicated', 'storage'])
    expect(summary.balances[0]).toEqual({ kind: 'main', moneyKopecks: 4_850_000, bonusKopecks: 0, dailySpendingKopecks: 0, forecastDays: null })
    // Cloud: 9 850 ₽ + 1 000 ₽ bonuses; with the 10% discount web-prod-1 costs 5 184 ₽ a month (7.20 ₽
    // an hour) and accounting-1c 9 990 ₽ (13.88 ₽ an hour): 505.92 ₽ a day, enough for 21 days.
    expect(summary.balances[1]).toEqual({ kind: 'cloud', moneyKopecks: 985_000, bonusKopecks: 100_000, dailySpendingKopecks: 50_592, forecastDays: 21 })
    expect(summary.referralKopecks).toBe(1_245_000)
    expect(summary.discountPercent).toBe(10)
    expect(summary.openTickets).toBe(2)
  })

  it('counts only their own tickets for a user who is not the main administrator', async () => {
    await loginAs('user.business.resident@demo.test')
    const summary = await homeApi.summary()
    expect(summary.openTickets).toBe(1)
  })
})
