// The mock's in-page answer (mocks/kernel/inPageBackend.ts), which the browser's API client uses
// until the mock's service worker has started: the answer the network gives, a dropped connection
// as fetch drops it, an abort as fetch aborts, and what is not the mock's left to the network.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getAuthToken } from '@/api/client'
import { handlers } from '@mocks/handlers'
import { inPageBackend } from '@mocks/kernel/inPageBackend'
import { setNetworkSettings } from '@mocks/kernel/qaSettings'
import { loginAs } from '../helpers/mountApp'

const BASE = 'http://localhost/api/v1'
const answer = inPageBackend(handlers)
const authorized = (init: RequestInit = {}) => ({ ...init, headers: { Authorization: `Bearer ${getAuthToken()}` } })

describe('the mock answering in the page', () => {
  afterEach(() => vi.useRealTimers())

  it('gives the answer the network gives, without a network request', async () => {
    await loginAs('business.resident@demo.test')
    const overNetwork = await fetch(`${BASE}/home/summary`, authorized())
    const fetched = vi.spyOn(globalThis, 'fetch')
    const inPage = await answer(new Request(`${BASE}/home/summary`, authorized()))
    expect(fetched).not.toHaveBeenCalled()
    expect(inPage.status).toBe(200)
    expect(inPage.headers.get('Content-Type')).toBe(overNetwork.headers.get('Content-Type'))
    expect(await inPage.json()).toEqual(await overNetwork.json())

    const anonymous = await answer(new Request(`${BASE}/home/summary`))
    expect(anonymous.status).toBe(401)
  })

  it('fails as a dropped connection on a QA "offline" rule, as fetch does', async () => {
    await loginAs('business.resident@demo.test')
    setNetworkSettings({ latency: { min: 0, max: 0 }, rules: [{ id: 'rule-1', method: '*', pattern: '/profile', answer: 'offline', remaining: null }] })
    await expect(answer(new Request(`${BASE}/profile`, authorized()))).rejects.toThrow(TypeError)
    expect((await answer(new Request(`${BASE}/settings`, authorized()))).status).toBe(200)
  })

  it('rejects with an AbortError when the request is aborted, before or while it is answered', async () => {
    await loginAs('business.resident@demo.test')
    const before = new AbortController()
    before.abort()
    await expect(answer(new Request(`${BASE}/settings`, authorized({ signal: before.signal })))).rejects.toMatchObject({ name: 'AbortError' })

    vi.useFakeTimers({ toFake: ['setTimeout'] })
    setNetworkSettings({ latency: { min: 5_000, max: 5_000 }, rules: [] })
    const during = new AbortController()
    const answered = answer(new Request(`${BASE}/settings`, authorized({ signal: during.signal })))
    during.abort()
    await expect(answered).rejects.toMatchObject({ name: 'AbortError' })
    await vi.runAllTimersAsync()
  })

  it('leaves a request outside the API to the network', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('body { }', { headers: { 'Content-Type': 'text/css' } }))
    const response = await answer(new Request('http://localhost/assets/index.css'))
    expect(fetched).toHaveBeenCalledOnce()
    expect(await response.text()).toBe('body { }')
  })
})
