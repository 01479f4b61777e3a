// The Profile API's rules, through the MSW Node server and the app's own client: role filtering,
// 422 with the form's field errors, 403 by role, 412/428 on versions, pending changes and tickets.
// The blocks (originals, GDPR) are in profileBlocks.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { setAuthToken, setRequestLanguage } from '@/api/client'
import { profileApi } from '@/api/profile'
import { readDb, updateDb } from '@mocks/kernel/db'
import { PROFILE_CONFIRM_DELAY_MS } from '@mocks/kernel/qaSettings'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

afterEach(() => vi.useRealTimers())

describe('GET /profile', () => {
  it('returns the matrix fields of the account with an ETag', async () => {
    await loginAs('business.resident@demo.test')
    const { data, etag } = await profileApi.get()
    expect(etag).toMatch(/^".+"$/)
    expect(Object.keys(data.values)).toEqual(['companyName', 'inn', 'kpp', 'psrn', 'authorizedPerson', 'position', 'authorizedBy', 'bic', 'bank', 'correspondentAccount', 'settlementAccount', 'actualAddress', 'legalAddress', 'phone', 'fax', 'contactPerson', 'email', 'phoneNumber'])
    expect(data.values.fax).toBe('')
    expect(data.discountPercent).toBe(10)
    expect(data.originals).toEqual({ method: 'edm', address: '' })
    expect(data.contactOwner).toBe('account')
  })

  it('gives a user the company information, their own contact details and no passport data', async () => {
    await loginAs('user.business.resident@demo.test')
    const { data } = await profileApi.get()
    expect(data.role).toBe('user')
    expect(data.contactOwner).toBe('user')
    expect(data.values.companyName).toBe('ООО «Восток Технологии»')
    expect(data.values.contactPerson).toBe('Дмитрий Орлов')
    expect(data.values.email).toBe('user.business.resident@demo.test')
    expect(data.originals).toBeNull()
  })

  it('shows the main administrator of a sole trader the passport data', async () => {
    await loginAs('sole.resident@demo.test')
    const { data } = await profileApi.get()
    expect(data.values.passportNumber).toBe('4510123456')
  })

  it('answers 401 without a session', async () => {
    expect((await failure(profileApi.get())).status).toBe(401)
  })

  // Names, addresses, banks and the like; codes, emails and phones are the same in every script.
  const WORDS = ['fullName', 'birthPlace', 'passportIssuedBy', 'address', 'companyName', 'authorizedPerson', 'position', 'authorizedBy', 'bank', 'actualAddress', 'legalAddress', 'contactPerson']
  const wordsOf = (values: Record<string, string>) => WORDS.filter((field) => values[field]).map((field) => [field, values[field]])

  it.each(['personal.resident', 'business.resident', 'user.business.resident', 'sole.resident', 'state.resident'])('gives %s, a resident of the RF, requisites in Cyrillic', async (persona) => {
    await loginAs(`${persona}@demo.test`)
    const words = wordsOf((await profileApi.get()).data.values)
    expect(words.length).toBeGreaterThanOrEqual(3)
    for (const [field, value] of words) expect(`${field}: ${value}`).toMatch(/^\w+: [^A-Za-z]*[А-ЯЁа-яё][^A-Za-z]*$/)
  })

  it.each(['personal.nonresident', 'business.nonresident'])('gives %s, a non-resident, requisites in Latin', async (persona) => {
    await loginAs(`${persona}@demo.test`)
    const words = wordsOf((await profileApi.get()).data.values)
    expect(words.length).toBeGreaterThanOrEqual(3)
    for (const [field, value] of words) expect(`${field}: ${value}`).toMatch(/^\w+: [^А-ЯЁа-яё]*[A-Za-z][^А-ЯЁа-яё]*$/)
  })
})

describe('PATCH /profile', () => {
  it('applies a value typed into an empty field at once', async () => {
    await loginAs('business.resident@demo.test')
    const { etag } = await profileApi.get()
    const { data, etag: next } = await profileApi.update({ fax: '+7 (812) 333-44-56' }, etag)
    expect(data.applied).toEqual(['fax'])
    expect(data.pending).toEqual([])
    expect(data.ticketId).toBeNull()
    expect(data.profile.values.fax).toBe('+78123334456')
    expect(next).not.toBe(etag)
  })

  it('keeps a changed previously entered value pending and opens a ticket with the old and new values', async () => {
    await loginAs('business.resident@demo.test')
    const { etag } = await profileApi.get()
    const { data } = await profileApi.update({ phoneNumber: '+79035550000', bank: 'АО «АЛЬФА-БАНК», филиал «Санкт-Петербургский»' }, etag)
    expect(data.applied).toEqual([])
    expect([...data.pending].sort()).toEqual(['bank', 'phoneNumber'])
    expect(data.profile.values.phoneNumber).toBe('+79035551234')
    expect(data.profile.pending.map((p) => [p.field, p.oldValue, p.newValue, p.ticketId])).toEqual(
      expect.arrayContaining([
        ['phoneNumber', '+79035551234', '+79035550000', data.ticketId],
        ['bank', 'АО «АЛЬФА-БАНК», г. Москва', 'АО «АЛЬФА-БАНК», филиал «Санкт-Петербургский»', data.ticketId],
      ]),
    )
    const ticket = readDb().tickets.find((t) => t.id === data.ticketId)!
    expect(ticket).toMatchObject({ category: 'profile', status: 'open', accountId: 'acc-business-res', userId: 'usr-business-res' })
    expect(ticket.profileChange).toEqual(
      expect.arrayContaining([{ field: 'phoneNumber', oldValue: '+79035551234', newValue: '+79035550000' }]),
    )
    expect(ticket.messages[0]!.text).toContain('Phone number: +79035551234 → +79035550000')
  })

  it('refuses to change a field again while its change is pending (409)', async () => {
    await loginAs('business.resident@demo.test')
    const first = await profileApi.update({ phoneNumber: '+79035550000' }, (await profileApi.get()).etag)
    const error = await failure(profileApi.update({ phoneNumber: '+79035550001' }, first.etag))
    expect(error.status).toBe(409)
    expect(error.code).toBe('profile.changePending')
    expect(error.fieldErrors).toEqual({ phoneNumber: 'validation.changePending' })
  })

  it('applies a pending change once support confirms it, and closes the ticket', async () => {
    await loginAs('business.resident@demo.test')
    const { data } = await profileApi.update({ phoneNumber: '+79035550000' }, (await profileApi.get()).etag)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + PROFILE_CONFIRM_DELAY_MS + 1000)
    const after = await profileApi.get()
    expect(after.data.values.phoneNumber).toBe('+79035550000')
    expect(after.data.pending).toEqual([])
    const ticket = readDb().tickets.find((t) => t.id === data.ticketId)!
    expect(ticket.status).toBe('closed')
    expect(ticket.messages.at(-1)!.author).toBe('support')
  })

  it('writes the confirmation ticket, and support’s confirmation, in the language on the user’s screen', async () => {
    // The persona has no saved language: the interface language the client sends decides.
    setRequestLanguage('ru')
    try {
      await loginAs('business.resident@demo.test')
      const { data } = await profileApi.update({ phoneNumber: '+79035550000' }, (await profileApi.get()).etag)
      const ticket = readDb().tickets.find((t) => t.id === data.ticketId)!
      expect(ticket.subject).toMatch(/[а-яё]/i)
      expect(ticket.messages[0]!.text).toContain('Номер телефона: +79035551234 → +79035550000')
      setRequestLanguage('en')
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(Date.now() + PROFILE_CONFIRM_DELAY_MS + 1000)
      await profileApi.get()
      expect(readDb().tickets.find((t) => t.id === data.ticketId)!.messages.at(-1)!.text).toMatch(/[а-яё]/i)
    } finally {
      setRequestLanguage('en')
    }
  })

  it('keeps the ticket in one language even when the typed value is in another script', async () => {
    await loginAs('business.resident@demo.test')
    const { data } = await profileApi.update({ actualAddress: '191186, Санкт-Петербург, Невский пр., 1' }, (await profileApi.get()).etag)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + PROFILE_CONFIRM_DELAY_MS + 1000)
    await profileApi.get()
    const ticket = readDb().tickets.find((t) => t.id === data.ticketId)!
    const supportTexts = ticket.messages.filter((m) => m.author === 'support').map((m) => m.text)
    expect(supportTexts.length).toBeGreaterThan(0)
    for (const text of supportTexts) expect(text).not.toMatch(/[а-яё]/i)
  })

  it('withdraws a pending change when its ticket is closed before confirmation', async () => {
    await loginAs('business.resident@demo.test')
    const { data } = await profileApi.update({ bank: 'Another bank' }, (await profileApi.get()).etag)
    updateDb((db) => {
      db.tickets.find((t) => t.id === data.ticketId)!.status = 'closed'
    })
    const after = await profileApi.get()
    expect(after.data.pending).toEqual([])
    expect(after.data.values.bank).toBe('АО «АЛЬФА-БАНК», г. Москва')
  })

  it.each([
    ['kpp', '78100100', 'validation.kpp'],
    ['psrn', '1027800012361', 'validation.psrnChecksum'],
    ['bic', '12345678', 'validation.bic'],
    ['correspondentAccount', '30101810200000000594', 'validation.accountChecksum'],
    ['settlementAccount', '40702810102300012786', 'validation.accountChecksum'],
    ['phone', '+7812333', 'validation.phoneRu'],
    ['email', 'elena@', 'validation.email'],
    ['contactPerson', 'R2-D2', 'validation.personName'],
  ])('refuses a bad %s with 422 and the form’s message key', async (field, value, message) => {
    await loginAs('business.resident@demo.test')
    const error = await failure(profileApi.update({ [field]: value }, (await profileApi.get()).etag))
    expect(error.status).toBe(422)
    expect(error.fieldErrors[field]).toBe(message)
  })

  it('checks the settlement account against a new BIC sent with it', async () => {
    await loginAs('business.resident@demo.test')
    const { etag } = await profileApi.get()
    const error = await failure(profileApi.update({ bic: '044525225' }, etag))
    // The correspondent account is keyed by the same BIC digits at both banks; the settlement one is not.
    expect(error.fieldErrors).toEqual({ settlementAccount: 'validation.accountChecksum' })
    const ok = await profileApi.update({ bic: '044525225', correspondentAccount: '30101810400000000225', settlementAccount: '40702810938000000001', bank: 'ПАО Сбербанк, г. Москва' }, etag)
    expect(ok.data.pending).toHaveLength(4)
  })

  it('refuses a treasury "settlement account" that is not 03… for a State institution', async () => {
    await loginAs('state.resident@demo.test')
    const error = await failure(profileApi.update({ settlementAccount: '40102810545370000003', personalAccount: '99736U95470' }, (await profileApi.get()).etag))
    expect(error.fieldErrors).toEqual({ settlementAccount: 'validation.treasuryAccount', personalAccount: 'validation.personalAccount' })
  })

  it('refuses bad non-resident details: SWIFT, account number, international phone', async () => {
    await loginAs('business.nonresident@demo.test')
    const error = await failure(profileApi.update({ swift: 'DEUT1', accountNumber: 'DE89370400440532013001', phoneNumber: '12345' }, (await profileApi.get()).etag))
    expect(error.fieldErrors).toEqual({ swift: 'validation.swift', accountNumber: 'validation.ibanChecksum', phoneNumber: 'validation.phoneInternational' })
  })

  it('refuses bad personal data: passport number, issue date before the 14th birthday, a minor’s birth date', async () => {
    await loginAs('personal.resident@demo.test')
    const { etag } = await profileApi.get()
    const error = await failure(profileApi.update({ passportNumber: '45092358', passportIssueDate: '1995-01-01' }, etag))
    expect(error.fieldErrors).toEqual({ passportNumber: 'validation.passportNumber', passportIssueDate: 'validation.passportIssueDate' })
    const minor = await failure(profileApi.update({ birthDate: '2020-01-01' }, etag))
    expect(minor.fieldErrors).toEqual({ birthDate: 'validation.adult', passportIssueDate: 'validation.passportIssueDate' })
  })

  it('refuses to empty a required field but lets an optional one be cleared (by ticket)', async () => {
    await loginAs('state.resident@demo.test')
    const { etag } = await profileApi.get()
    expect((await failure(profileApi.update({ bank: '' }, etag))).fieldErrors).toEqual({ bank: 'validation.required' })
    const { data } = await profileApi.update({ fax: '' }, etag)
    expect(data.pending).toEqual(['fax'])
  })

  it('never changes INN, VATIN or a Personal account’s full name', async () => {
    await loginAs('business.resident@demo.test')
    expect((await failure(profileApi.update({ inn: '7707083893' }, (await profileApi.get()).etag))).fieldErrors).toEqual({ inn: 'validation.fieldLocked' })
    await loginAs('business.nonresident@demo.test')
    expect((await failure(profileApi.update({ vatin: 'DE123456789' }, (await profileApi.get()).etag))).fieldErrors).toEqual({ vatin: 'validation.fieldLocked' })
    await loginAs('personal.resident@demo.test')
    expect((await failure(profileApi.update({ fullName: 'Someone Else' }, (await profileApi.get()).etag))).fieldErrors).toEqual({ fullName: 'validation.fieldLocked' })
  })

  it('lets a new account fill in its INN once, checked with the validator', async () => {
    const { token } = await authApi.register({ accountType: 'business', residency: 'resident', email: 'new.company@demo.test', password: 'secret-123' })
    setAuthToken(token)
    const { data, etag } = await profileApi.get()
    expect(data.values).toMatchObject({ inn: '', email: 'new.company@demo.test' })
    expect((await failure(profileApi.update({ inn: '7707083894' }, etag))).fieldErrors).toEqual({ inn: 'validation.innChecksum' })
    expect((await failure(profileApi.update({ inn: '500100732259' }, etag))).fieldErrors).toEqual({ inn: 'validation.innLegalFormat' })
    const saved = await profileApi.update({ inn: '7707083893' }, etag)
    expect(saved.data.applied).toEqual(['inn'])
    expect((await failure(profileApi.update({ inn: '5001087349' }, saved.etag))).fieldErrors).toEqual({ inn: 'validation.fieldLocked' })
  })

  it('refuses fields that are not in the account’s matrix', async () => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(profileApi.update({ kpp: '771401001' }, (await profileApi.get()).etag))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ kpp: 'validation.unknownField' })
  })

  it('answers 412 to a save based on a stale version, and 428 without one', async () => {
    await loginAs('business.resident@demo.test')
    const { etag } = await profileApi.get()
    await profileApi.update({ fax: '+78123334456' }, etag)
    const stale = await failure(profileApi.update({ position: 'CEO' }, etag))
    expect(stale.status).toBe(412)
    expect(stale.code).toBe('profile.stale')
    const missing = await failure(profileApi.update({ position: 'CEO' }, ''))
    expect(missing.status).toBe(428)
  })

  it('applies only one of two saves sent at once with the same version; the other gets 412', async () => {
    await loginAs('business.resident@demo.test')
    const { etag } = await profileApi.get()
    const results = await Promise.allSettled([profileApi.update({ fax: '+78123334456' }, etag), profileApi.update({ fax: '+78127778899' }, etag)])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((result) => result.status === 'rejected')
    expect(refused?.reason).toMatchObject({ status: 412, code: 'profile.stale' })
    const saved = results.find((result) => result.status === 'fulfilled')
    expect((await profileApi.get()).etag).toBe(saved?.value.etag)
  })
})

describe('PATCH /profile as a user (not the main administrator)', () => {
  it('refuses company information with 403', async () => {
    await loginAs('user.business.resident@demo.test')
    const error = await failure(profileApi.update({ companyName: 'Other LLC' }, (await profileApi.get()).etag))
    expect(error.status).toBe(403)
    expect(error.code).toBe('profile.adminOnly')
  })

  it('saves the user’s own contact details without touching the account’s', async () => {
    await loginAs('user.business.resident@demo.test')
    const { etag } = await profileApi.get()
    const { data } = await profileApi.update({ phone: '+74951112233', phoneNumber: '+79267654300' }, etag)
    expect(data.applied).toEqual(['phone'])
    expect(data.pending).toEqual(['phoneNumber'])
    expect(data.profile.values.phone).toBe('+74951112233')
    await loginAs('business.resident@demo.test')
    const admin = await profileApi.get()
    expect(admin.data.values.phone).toBe('+78123334455')
    expect(admin.data.pending).toEqual([])
  })

  it('refuses passport data of a sole trader to a user with 403 (not visible to users)', async () => {
    // The seed has no user on a sole trader account: invite one directly in the data.
    updateDb((db) => {
      db.users.push({ ...db.users.find((u) => u.id === 'usr-business-res-user')!, id: 'usr-sole-user', accountId: 'acc-sole-res', email: 'user.sole@demo.test' })
    })
    await loginAs('user.sole@demo.test')
    const { data, etag } = await profileApi.get()
    expect(data.values).not.toHaveProperty('passportNumber')
    expect((await failure(profileApi.update({ passportNumber: '4510123457' }, etag))).status).toBe(403)
  })

  it('refuses the originals, the archive and deletion with 403', async () => {
    await loginAs('user.business.resident@demo.test')
    expect((await failure(profileApi.saveOriginals({ method: 'post', address: '191186, г. Санкт-Петербург, Невский пр-т, д. 1' }))).status).toBe(403)
    expect((await failure(profileApi.archiveStatus())).status).toBe(403)
    expect((await failure(profileApi.deleteAccount({ confirmation: 'user.business.resident@demo.test', password: 'demo-password' }))).status).toBe(403)
  })
})
