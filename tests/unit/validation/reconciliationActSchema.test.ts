import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fieldErrorsOf, reconciliationActSchema } from '@/validation/schemas'

describe('reconciliationActSchema', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 5, 15, 12))
  })
  afterEach(() => vi.useRealTimers())

  it.each([
    [{ from: '2026-01-01', to: '2026-06-15' }],
    [{ from: '2026-06-15', to: '2026-06-15' }],
    [{ from: '2025-06-16', to: '2026-06-15' }],
    [{ from: '2024-02-29', to: '2025-02-28' }],
  ])('takes the period %o', async (period) => {
    expect(await fieldErrorsOf(reconciliationActSchema, period)).toBeNull()
  })

  it.each([
    [{ from: '', to: ' ' }, { from: 'validation.reconciliation.fromRequired', to: 'validation.reconciliation.toRequired' }],
    [{ from: '2026-02-30', to: '15.06.2026' }, { from: 'validation.date', to: 'validation.date' }],
    [{ from: '2026-06-16', to: '2026-06-16' }, { from: 'validation.reconciliation.inFuture', to: 'validation.reconciliation.inFuture' }],
    [{ from: '2026-03-02', to: '2026-03-01' }, { to: 'validation.reconciliation.order' }],
    [{ from: '2025-06-15', to: '2026-06-15' }, { to: 'validation.reconciliation.tooLong' }],
    [{ from: '2024-02-29', to: '2025-03-01' }, { to: 'validation.reconciliation.tooLong' }],
  ])('refuses the period %o', async (period, errors) => {
    expect(await fieldErrorsOf(reconciliationActSchema, period)).toEqual(errors)
  })
})
