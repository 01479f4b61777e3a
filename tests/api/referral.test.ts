import { afterEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { referralApi } from '@/api/referral'
import { REFERRAL_REVIEW_DELAY_MS } from '@mocks/kernel/qaSettings'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const REQUEST = {
  url: 'https://cloud-notes.example/blog',
  audience: 'Developers of small web studios, about 5 000 readers.',
  promotion: 'A series of tutorials about deploying sites on cloud servers.',
  consent: true,
}

afterEach(() => vi.useRealTimers())

describe('mock API: referral program', () => {
  it('tells a registration page whether a link’s code belongs to a participant, without a session', async () => {
    await expect(referralApi.codeExists('DEVOPS7K2Q')).resolves.toBe(true)
    await expect(referralApi.codeExists(' devops7k2q ')).resolves.toBe(true)
    await expect(referralApi.codeExists('NOSUCHCODE')).resolves.toBe(false)
  })

  it('starts with no request, and only the main administrator may apply', async () => {
    await loginAs('personal.resident@demo.test')
    await expect(referralApi.get()).resolves.toEqual({ status: 'none', request: null, link: null, stats: null, canApply: true })
  })

  it('keeps a request under review until the review delay has passed, then gives the personal link', async () => {
    await loginAs('personal.resident@demo.test')
    const sent = await referralApi.request({ ...REQUEST, url: ` ${REQUEST.url} ` })
    expect(sent.status).toBe('pending')
    expect(sent.request).toMatchObject({ url: REQUEST.url, audience: REQUEST.audience, promotion: REQUEST.promotion })
    expect((await referralApi.get()).status).toBe('pending')

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + REFERRAL_REVIEW_DELAY_MS + 1_000)
    const approved = await referralApi.get()
    expect(approved.status).toBe('approved')
    expect(approved.link).toMatch(/^https?:\/\/[^/]+\/register\?ref=[A-Z0-9]{10}$/)
    expect(approved.stats).toEqual({ referrals: 0, payingReferrals: 0, totalRewardKopecks: 0, months: [] })
    // The link stays the same on every read.
    expect((await referralApi.get()).link).toBe(approved.link)
  })

  it('refuses a second request from the same account', async () => {
    await loginAs('personal.resident@demo.test')
    await referralApi.request(REQUEST)
    const error = await failure(referralApi.request(REQUEST))
    expect(error.status).toBe(409)
    expect(error.code).toBe('referral.alreadyRequested')
  })

  it.each([
    ['example.com', 'validation.referral.url'],
    ['ftp://example.com', 'validation.referral.url'],
    ['https://localhost', 'validation.referral.url'],
    ['https://exa mple.com', 'validation.referral.url'],
    ['', 'validation.referral.urlRequired'],
  ])('refuses the URL "%s"', async (url, code) => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(referralApi.request({ ...REQUEST, url }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ url: code })
  })

  it('refuses a request without consent, audience and promotion', async () => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(referralApi.request({ url: REQUEST.url, audience: 'short', promotion: '', consent: false }))
    expect(error.fieldErrors).toEqual({
      audience: 'validation.referral.textLength',
      promotion: 'validation.referral.promotionRequired',
      consent: 'validation.referral.consent',
    })
    expect((await referralApi.get()).status).toBe('none')
  })

  it('answers 403 to a user who is not the main administrator', async () => {
    await loginAs('user.business.resident@demo.test')
    const participation = await referralApi.get()
    expect(participation.canApply).toBe(false)
    const error = await failure(referralApi.request(REQUEST))
    expect(error.status).toBe(403)
    expect(error.code).toBe('auth.forbiddenRole')
  })

  it('derives the monthly rewards from the referrals’ spending: 10%, or 15% above 1 000 000 ₽', async () => {
    await loginAs('business.resident@demo.test')
    const { status, stats } = await referralApi.get()
    expect(status).toBe('approved')
    const byMonth = Object.fromEntries(stats!.months.map((m) => [m.month, m]))
    expect(byMonth['2026-09']).toMatchObject({ spendingKopecks: 86_540_000, ratePercent: 10, rewardKopecks: 8_654_000 })
    expect(byMonth['2026-10']).toMatchObject({ spendingKopecks: 123_000_000, ratePercent: 15, rewardKopecks: 18_450_000 })
    expect(byMonth['2026-09']?.paidAt).toBe('2026-10-10T09:00:00.000Z')
    expect(stats!.months[0]?.month).toBe('2026-11')
    expect(stats!.totalRewardKopecks).toBe(stats!.months.reduce((sum, m) => sum + m.rewardKopecks, 0))
  })
})

describe('mock API: registration through a referral link', () => {
  const NEW_ACCOUNT = { accountType: 'personal', residency: 'resident', password: 'secret-123' } as const

  async function referralsOfBusinessResident() {
    await loginAs('business.resident@demo.test')
    return (await referralApi.get()).stats!.referrals
  }

  it('counts an account registered with a participant’s code among their referrals', async () => {
    const before = await referralsOfBusinessResident()
    // Codes are typed by hand too: case and spaces do not matter.
    const { user } = await authApi.register({ ...NEW_ACCOUNT, email: 'invited@example.com', ref: ' devops7k2q ' })
    expect(user.email).toBe('invited@example.com')
    expect(await referralsOfBusinessResident()).toBe(before + 1)
  })

  it.each([
    ['an unknown code', 'NOSUCHCODE'],
    ['an empty code', ''],
    ['a code that is not text', 42],
  ])('registers with %s and counts it for nobody', async (_name, ref) => {
    const before = await referralsOfBusinessResident()
    const { user } = await authApi.register({ ...NEW_ACCOUNT, email: 'stranger@example.com', ref: ref as string })
    expect(user).toMatchObject({ email: 'stranger@example.com', role: 'admin' })
    expect(await referralsOfBusinessResident()).toBe(before)
  })
})
