import { describe, expect, it } from 'vitest'
import { correspondentAccountError, isValidCorrespondentAccount } from '@/validation/rules'

describe('isValidCorrespondentAccount', () => {
  it.each([
    ['30101810400000000225', '044525225', 'Sberbank'],
    ['30101810145250000974', '044525974', 'T-Bank'],
    ['30101810200000000593', '044525593', 'Alfa-Bank'],
    ['40102810545370000003', '004525988', 'the single treasury account of the Moscow treasury'],
    ['40102810445370000059', '017003983', 'the single treasury account of the Tula treasury'],
  ])('accepts %s with BIC %s (%s)', (account, bic) => {
    expect(isValidCorrespondentAccount(account, bic)).toBe(true)
    expect(correspondentAccountError(account, bic)).toBeNull()
  })

  it.each([
    ['30101810500000000225', '044525225', 'wrong key digit'],
    ['30101810400000000226', '044525225', 'a changed last digit'],
    ['30101810400000000225', '044030653', 'keyed for another Bank of Russia subdivision'],
    ['40102810545370000004', '004525988', 'a changed treasury account'],
  ])('refuses %s with BIC %s (%s)', (account, bic) => {
    expect(isValidCorrespondentAccount(account, bic)).toBe(false)
    expect(correspondentAccountError(account, bic)).toBe('checksum')
  })

  it.each([
    ['3010181040000000022', '044525225', '19 digits'],
    ['40702810938000000001', '044525225', 'a settlement account'],
    ['40102810545370000003', '044525225', 'a treasury account at a bank'],
    ['30101810400000000225', '004525988', 'a bank correspondent account at a treasury office'],
    ['3010181040000000022X', '044525225', 'a letter'],
  ])('refuses %j with BIC %s (%s)', (account, bic) => {
    expect(isValidCorrespondentAccount(account, bic)).toBe(false)
    expect(correspondentAccountError(account, bic)).toBe('format')
  })

  it('cannot check an account against an invalid BIC', () => {
    expect(correspondentAccountError('30101810400000000225', '24525225')).toBe('bic')
  })
})
