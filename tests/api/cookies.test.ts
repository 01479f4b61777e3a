// The mock API authenticates with Bearer tokens and ignores cookies: the browser build relies on it
// (vite.config.ts replaces MSW's cookie jar, tough-cookie, with an empty one).
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { getAuthToken } from '@/api/client'
import { handlers } from '@mocks/handlers'
import { loginAs } from '../helpers/mountApp'

const BASE = 'http://localhost/api/v1'

async function get(path: string, headers: Record<string, string>, cookie?: string) {
  const request = new Request(`${BASE}${path}`, { headers })
  // Set afterwards: happy-dom's Request drops a Cookie header given to it, as a browser's fetch does.
  if (cookie) request.headers.set('Cookie', cookie)
  const response = await getResponse(handlers, request)
  return { sentCookie: request.headers.get('cookie'), status: response?.status, body: await response?.text() }
}

describe('mock API: cookies', () => {
  it('answers a request with cookies exactly as one without', async () => {
    await loginAs('personal.resident@demo.test')
    const auth = { Authorization: `Bearer ${getAuthToken()}` }
    const plain = await get('/profile', auth)
    const withCookie = await get('/profile', auth, 'session=abc; ccp_token=xyz')
    expect(withCookie.sentCookie).toContain('session=abc')
    expect(plain.status).toBe(200)
    expect(withCookie).toEqual({ ...plain, sentCookie: withCookie.sentCookie })
  })

  it('does not take a cookie for a login', async () => {
    const token = await loginAs('personal.resident@demo.test')
    const res = await get('/profile', {}, `token=${token}; session=${token}`)
    expect(res.sentCookie).toContain(token)
    expect(res.status).toBe(401)
  })
})
