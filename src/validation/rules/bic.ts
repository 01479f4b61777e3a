// Russian BIC: 9 digits. Credit institutions and Bank of Russia branches start with 04 (the
// country code); since 2021 the territorial bodies of the Federal Treasury (TOFK) have BICs that
// start with 00 or 01. Digits 5–6 and 7–9 key the accounts (see account-key.ts).
const BANK_BIC = /^04\d{7}$/
const TREASURY_BIC = /^0[01]\d{7}$/

export function isBankBic(value: string): boolean {
  return BANK_BIC.test(value)
}

export function isTreasuryBic(value: string): boolean {
  return TREASURY_BIC.test(value)
}

export function isValidBic(value: string): boolean {
  return isBankBic(value) || isTreasuryBic(value)
}
