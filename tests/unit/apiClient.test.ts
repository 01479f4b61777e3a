// The API client turns every answer that is not the API's into an ApiError the screens can word.
// (fetch is stubbed here on purpose: these answers break the contract, so no mock handler gives them.)
import { describe, expect, it, vi } from 'vitest'
import { api } from '@/api/client'
import { failure } from '../helpers/apiFailure'

describe('api client', () => {
  it('refuses a success that is not JSON (an HTML page in place of the API) as a server error', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<!doctype html><title>Panel</title>', { headers: { 'Content-Type': 'text/html' } }))
    const error = await failure(api.get('/home/summary'))
    expect(error.code).toBe('server.error')
  })

  it('does not take an error body with a `status` but no problem shape for a problem', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ status: 'down' }), { status: 502 }))
    const error = await failure(api.get('/home/summary'))
    expect(error.problem).toMatchObject({ status: 502, code: 'server.error' })
  })

  // The API has no cookies (tests/unit/mockCookies.test.ts): none go with a request, and MSW then
  // leaves document.cookie alone on every request it handles.
  it('sends no cookies, only the bearer token', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({}))
    await api.get('/home/summary')
    expect(fetched.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' })
  })
})
