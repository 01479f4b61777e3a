import { describe, expect, it } from 'vitest'
import { isValidSettlementAccount, settlementAccountError } from '@/validation/rules'

describe('isValidSettlementAccount', () => {
  it.each([
    ['40702810938000000001', '044525225', 'a company at Sberbank'],
    ['40702810938000012345', '044525225', 'a company at Sberbank'],
    ['40802810338000067890', '044525225', 'a sole trader at Sberbank'],
    ['40702810410000345678', '044525974', 'a company at T-Bank'],
    ['40802810601860004731', '044525593', 'a sole trader at Alfa-Bank'],
    ['03214643000000017300', '004525988', 'a treasury account at a treasury office'],
  ])('accepts %s with BIC %s (%s)', (account, bic) => {
    expect(isValidSettlementAccount(account, bic)).toBe(true)
    expect(settlementAccountError(account, bic)).toBeNull()
  })

  it.each([
    ['40702810038000000001', '044525225', 'wrong key digit'],
    ['40702810938000000002', '044525225', 'a changed last digit'],
    ['40702810938000000001', '044525974', 'keyed for another bank'],
  ])('refuses %s with BIC %s (%s)', (account, bic) => {
    expect(isValidSettlementAccount(account, bic)).toBe(false)
    expect(settlementAccountError(account, bic)).toBe('checksum')
  })

  it.each([
    ['4070281093800000000', '044525225', '19 digits'],
    ['407028109380000000011', '044525225', '21 digits'],
    ['4070281093800000000A', '044525225', 'a letter'],
    ['40702 810 9 3800 0000001', '044525225', 'not normalised'],
    ['40702810938000000001', '004525988', 'a bank account at a treasury office'],
  ])('refuses %j with BIC %s (%s)', (account, bic) => {
    expect(isValidSettlementAccount(account, bic)).toBe(false)
    expect(settlementAccountError(account, bic)).toBe('format')
  })

  it.each([
    ['', 'an empty BIC'],
    ['04452522', 'a short BIC'],
    ['144525225', 'a BIC outside Russia'],
  ])('cannot check an account against %s', (bic) => {
    expect(settlementAccountError('40702810938000000001', bic)).toBe('bic')
  })
})
