import { describe, expect, it } from 'vitest'
import { billingPartiesOf, documentLanguage, PROVIDER } from '@mocks/billingDocuments/parties'
import { createSeed } from '@mocks/seed'
import { isValidBic, isValidCorrespondentAccount, isValidInnLegal, isValidKpp, isValidSettlementAccount, isValidSwift } from '@/validation/rules'

describe('billingPartiesOf', () => {
  const db = createSeed()
  const account = (id: string) => db.accounts.find((a) => a.id === id)!

  it.each(['ru', 'en'] as const)('gives the provider requisites with valid check digits (%s)', (language) => {
    const provider = PROVIDER[language]
    expect(isValidInnLegal(provider.inn!)).toBe(true)
    expect(isValidKpp(provider.kpp!)).toBe(true)
    expect(isValidBic(provider.bic!)).toBe(true)
    expect(isValidSettlementAccount(provider.settlementAccount!, provider.bic!)).toBe(true)
    expect(isValidCorrespondentAccount(provider.correspondentAccount!, provider.bic!)).toBe(true)
    if (provider.swift) expect(isValidSwift(provider.swift)).toBe(true)
  })

  it('names the provider in Latin letters on the English documents of non-residents', () => {
    const { supplier } = billingPartiesOf(account('acc-business-nonres'))
    expect(documentLanguage(account('acc-business-nonres'))).toBe('en')
    expect(`${supplier.name} ${supplier.address} ${supplier.bankName}`).toMatch(/^[\x20-\x7e]+$/)
    expect(supplier.swift).toBe('SABRRUMM')
    expect(billingPartiesOf(account('acc-business-res')).supplier.name).toMatch(/[А-Яа-я]/)
  })

  it('takes a resident company customer from its profile (legal address, bank details)', () => {
    const { customer } = billingPartiesOf(account('acc-business-res'))
    expect(customer).toEqual({
      name: 'ООО «Восток Технологии»',
      inn: '7810136570',
      kpp: '781001001',
      taxId: null,
      address: '196084, г. Санкт-Петербург, Московский пр-т, д. 21',
      bankName: 'АО «АЛЬФА-БАНК», г. Москва',
      bic: '044525593',
      settlementAccount: '40702810102300012785',
      correspondentAccount: '30101810200000000593',
      iban: null,
      swift: null,
    })
  })

  it('takes a non-resident company with its VATIN, IBAN and SWIFT code, and a person by full name and address', () => {
    const business = billingPartiesOf(account('acc-business-nonres')).customer
    expect(business).toMatchObject({ name: 'Weber Datentechnik GmbH', inn: null, taxId: 'DE136695976', iban: 'DE89370400440532013000', swift: 'DEUTDEFF', settlementAccount: null })
    const person = billingPartiesOf(account('acc-personal-res')).customer
    expect(person).toMatchObject({ name: 'Петров Иван Сергеевич', inn: null, address: '125009, г. Москва, ул. Тверская, д. 12, кв. 34', bankName: null })
    expect(documentLanguage(account('acc-personal-res'))).toBe('ru')
  })

  it('follows the profile as it is now', () => {
    const changed = structuredClone(account('acc-sole-res'))
    changed.profile.legalAddress = '143900, Московская обл., г. Балашиха, ул. Новая, д. 1'
    expect(billingPartiesOf(changed).customer).toMatchObject({ inn: '500100732259', kpp: null, address: '143900, Московская обл., г. Балашиха, ул. Новая, д. 1' })
  })
})
