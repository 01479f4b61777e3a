// The Profile tab's blocks through the mock API: "Original billing documents" (resident companies)
// and "GDPR" (non-resident Business: the personal data archive and account deletion).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { setAuthToken } from '@/api/client'
import { profileApi } from '@/api/profile'
import { emptyBalances } from '@mocks/balance/ledger'
import { readDb, updateDb } from '@mocks/kernel/db'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

afterEach(() => vi.useRealTimers())

describe('Original billing documents', () => {
  it('saves the method and needs a postal address for post', async () => {
    await loginAs('business.resident@demo.test')
    const error = await failure(profileApi.saveOriginals({ method: 'post', address: '' }))
    expect(error.fieldErrors).toEqual({ address: 'validation.postalAddress' })
    await profileApi.saveOriginals({ method: 'post', address: '196084, г. Санкт-Петербург, Московский пр-т, д. 21' })
    expect((await profileApi.get()).data.originals).toEqual({ method: 'post', address: '196084, г. Санкт-Петербург, Московский пр-т, д. 21' })
    await profileApi.saveOriginals({ method: 'courier', address: 'ignored' })
    expect((await profileApi.get()).data.originals).toEqual({ method: 'courier', address: '' })
  })

  it('is not there for accounts without the block (404)', async () => {
    await loginAs('business.nonresident@demo.test')
    expect((await failure(profileApi.saveOriginals({ method: 'edm', address: '' }))).status).toBe(404)
  })
})

describe('GDPR', () => {
  it('prepares the archive after a delay and then returns every piece of personal data, without secrets', async () => {
    await loginAs('business.nonresident@demo.test')
    expect(await profileApi.archiveStatus()).toEqual({ status: 'none', requestedAt: null, readyAt: null })
    expect((await profileApi.requestArchive()).status).toBe('preparing')
    expect((await failure(profileApi.downloadArchive())).status).toBe(409)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 10_000)
    expect((await profileApi.archiveStatus()).status).toBe('ready')
    const archive = await profileApi.downloadArchive()
    const text = JSON.stringify(archive)
    expect(archive).toMatchObject({ account: { id: 'acc-business-nonres', profile: { vatin: 'DE136695976' } } })
    expect(text).toContain('Invoice in euros')
    expect(text).toContain('business.nonresident@demo.test')
    expect(text).not.toContain('demo-password')
    expect(text).not.toMatch(/"token"/)
  })

  it('is only for non-resident Business accounts', async () => {
    await loginAs('business.resident@demo.test')
    expect((await failure(profileApi.requestArchive())).status).toBe(404)
  })

  it('refuses deletion while services are active, with the reason', async () => {
    await loginAs('business.nonresident@demo.test')
    updateDb((db) => {
      db.accounts.find((a) => a.id === 'acc-business-nonres')!.balances = emptyBalances()
    })
    const error = await failure(profileApi.deleteAccount({ confirmation: 'business.nonresident@demo.test', password: 'demo-password' }))
    expect(error.status).toBe(409)
    expect(error.code).toBe('account.deleteServicesActive')
    expect(readDb().accounts.some((a) => a.id === 'acc-business-nonres')).toBe(true)
  })

  it('refuses deletion while the balance is positive, alone or with services, with the reason', async () => {
    await loginAs('business.nonresident@demo.test')
    const request = { confirmation: 'business.nonresident@demo.test', password: 'demo-password' }
    updateDb((db) => {
      const account = db.accounts.find((a) => a.id === 'acc-business-nonres')!
      account.balances = emptyBalances()
      account.balances.main.money = 150
    })
    expect((await failure(profileApi.deleteAccount(request))).code).toBe('account.deleteBalanceAndServices')
    updateDb((db) => {
      db.accounts.find((a) => a.id === 'acc-business-nonres')!.services = []
    })
    const error = await failure(profileApi.deleteAccount(request))
    expect(error.status).toBe(409)
    expect(error.code).toBe('account.deleteBalancePositive')
    expect(readDb().accounts.some((a) => a.id === 'acc-business-nonres')).toBe(true)
  })

  it('needs the typed confirmation and the password', async () => {
    await loginAs('business.nonresident@demo.test')
    const error = await failure(profileApi.deleteAccount({ confirmation: 'someone@else.test', password: 'wrong' }))
    expect(error.fieldErrors).toEqual({ confirmation: 'validation.deleteConfirmation' })
    const wrong = await failure(profileApi.deleteAccount({ confirmation: 'business.nonresident@demo.test', password: 'wrong' }))
    expect(wrong.fieldErrors).toEqual({ password: 'validation.passwordWrong' })
  })

  it('deletes an account with no balance and no services, and ends its sessions', async () => {
    const { token } = await authApi.register({ accountType: 'business', residency: 'nonresident', email: 'gone@demo.test', password: 'secret-123' })
    setAuthToken(token)
    await profileApi.deleteAccount({ confirmation: 'GONE@demo.test ', password: 'secret-123' })
    expect(readDb().users.some((u) => u.email === 'gone@demo.test')).toBe(false)
    expect((await failure(profileApi.get())).status).toBe(401)
    const loginError = await failure(authApi.login({ email: 'gone@demo.test', password: 'secret-123' }))
    expect(loginError.status).toBe(401)
  })
})
