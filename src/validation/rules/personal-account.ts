// A State institution's personal account (лицевой счёт) at the Federal Treasury: 11 characters.
// - Characters 1–2: the kind of account. Accepted: 01–05 (government institutions and other
//   participants in the budget process) and 20–21 / 30–31 (budget and autonomous institutions, main
//   and separate accounts) — the kinds held by a customer that pays for services.
// - Characters 3–11: the institution's code in the consolidated register and a serial number, all
//   digits except the 6th character, which may be a letter (Cyrillic in the register, often retyped
//   in Latin), as in 20736Ц41690.
// Regional and municipal finance bodies number accounts their own way; this rule is deliberately
// the Federal Treasury's. Normalise with normalizeCode (upper case) first.
const PERSONAL_ACCOUNT = /^(?:0[1-5]|2[01]|3[01])\d{3}[0-9A-ZА-Я]\d{5}$/

export function isValidPersonalAccount(value: string): boolean {
  return PERSONAL_ACCOUNT.test(value)
}
