// The ApiError a call to the mock API fails with; the test fails when the call succeeds or
// throws anything else, so `(await failure(call)).status` always checks a real refusal.
import { expect } from 'vitest'
import { ApiError } from '@/api/client'

export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error, 'the call should have been refused').toBeInstanceOf(ApiError)
  return error as ApiError
}
