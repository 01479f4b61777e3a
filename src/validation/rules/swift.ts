// SWIFT/BIC (ISO 9362): 4 characters of the institution, 2 letters of its country (ISO 3166-1
// alpha-2, the 5th and 6th characters), 2 of the location and optionally 3 of the branch.
const SWIFT = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/

export function isValidSwift(value: string): boolean {
  return SWIFT.test(value)
}

/** The country code of a valid SWIFT code, or null. */
export function swiftCountry(value: string): string | null {
  return isValidSwift(value) ? value.slice(4, 6) : null
}
