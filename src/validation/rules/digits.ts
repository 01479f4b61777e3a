// Arithmetic shared by the check-digit rules. Internal: not re-exported from index.ts.

/** True when `value` is exactly `length` ASCII digits. */
export function isDigits(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value)
}

/** The digit at `index` of a string already known to be digits. */
export function digitAt(value: string, index: number): number {
  return value.charCodeAt(index) - 48
}

/** Σ digit[i] × weights[i] over the first `weights.length` digits. */
export function weightedSum(value: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + digitAt(value, index) * weight, 0)
}

/**
 * The remainder of a long decimal number divided by `divisor`, digit by digit (Horner's rule),
 * so 12- and 14-digit OGRNs need neither BigInt nor floats beyond 2^53.
 */
export function remainder(value: string, divisor: number): number {
  let rest = 0
  for (let index = 0; index < value.length; index += 1) {
    rest = (rest * 10 + digitAt(value, index)) % divisor
  }
  return rest
}
