// KPP (tax registration reason code): 4 digits of the tax office, 2 characters of the reason
// (digits or, since 2013, capital Latin letters), 3 digits of the serial number. No check digit.
const KPP = /^\d{4}[0-9A-Z]{2}\d{3}$/

export function isValidKpp(value: string): boolean {
  return KPP.test(value)
}
