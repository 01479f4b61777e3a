// The API client turns every answer that is not the API's into an ApiError the screens can word.
// (fetch is stubbed here on purpose: these answers break the contract, so no mock handler gives them.)
import { describe, expect, it, vi } from 'vitest'
import { api, serveInPage } from '@/api/client'
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

  // The mock answers in the page until its service worker has started (mocks/kernel/inPageBackend.ts).
  it('sends requests to the in-page backend while one is set, a dropped connection there being network.offline', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ from: 'network' }))
    const backend = vi.fn(async (request: Request) => Response.json({ url: request.url, omitsCookies: request.credentials === 'omit' }))
    serveInPage(backend)
    try {
      expect(await api.get('/home/summary')).toEqual({ url: new URL('/api/v1/home/summary', window.location.href).href, omitsCookies: true })
      backend.mockRejectedValueOnce(new TypeError('Failed to fetch'))
      expect((await failure(api.get('/home/summary'))).code).toBe('network.offline')
      expect(fetched).not.toHaveBeenCalled()
    } finally {
      serveInPage(null)
    }
    expect(await api.get('/home/summary')).toEqual({ from: 'network' })
    expect(fetched).toHaveBeenCalledOnce()
  })
})
