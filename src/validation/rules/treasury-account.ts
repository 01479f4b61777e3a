// Treasury account (казначейский счёт), opened by the Federal Treasury since 2021: 20 digits
// starting 03. These numbers carry no control key (real ones such as 03100643000000018500 fail it),
// so only the shape is checked.
const TREASURY_ACCOUNT = /^03\d{18}$/

export function isValidTreasuryAccount(value: string): boolean {
  return TREASURY_ACCOUNT.test(value)
}
