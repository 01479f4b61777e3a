// Query parameters arrive as text; the contract declares some as integers (`limit`, `offset` of
// GET /transactions). The run-time contract reads a plainly written number as one, so `limit=5`
// passes `type: integer` and its bounds, and refuses anything else as the wrong type.
import { describe, expect, it } from 'vitest'
import { getAuthToken } from '@/api/client'
import { validateRequest } from '@mocks/kernel/contract'
import { loginAs } from '../helpers/mountApp'

const query = (text: string) => ({ hasBody: false, query: new URLSearchParams(text) })

describe('integer query parameters', () => {
  it('accepts numbers written as text', () => {
    expect(validateRequest('listTransactions', query('limit=5&offset=0'))).toBeNull()
    expect(validateRequest('listTransactions', query('limit=100&offset=240'))).toBeNull()
  })

  it.each(['abc', '', ' 5', '5 ', '+5', '0x10', '1e1', '5.5', '٥'])('refuses limit=%j as the wrong type', (value) => {
    expect(validateRequest('listTransactions', { hasBody: false, query: new URLSearchParams({ limit: value }) })).toEqual({ limit: 'validation.type' })
  })

  it('checks the bounds of the number, not of the text', () => {
    expect(validateRequest('listTransactions', query('limit=0&offset=-1'))).toEqual({ limit: 'validation.outOfRange', offset: 'validation.outOfRange' })
    expect(validateRequest('listTransactions', query('limit=101'))).toEqual({ limit: 'validation.outOfRange' })
    expect(validateRequest('listTransactions', query('limit=5&limit=6'))).toEqual({ limit: 'validation.type' })
  })

  it('leaves a parameter declared as text as text, even when it looks like a number', () => {
    expect(validateRequest('listTickets', query('q=1001'))).toBeNull()
    expect(validateRequest('listTransactions', query('from=2026'))).toBeNull()
  })

  it('answers over HTTP: limit=abc is 422, limit=5 is a page of five', async () => {
    await loginAs('business.resident@demo.test')
    const get = (search: string) => fetch(`http://localhost/api/v1/transactions?${search}`, { headers: { Authorization: `Bearer ${getAuthToken()}` } })
    const refused = await get('limit=abc')
    expect(refused.status).toBe(422)
    expect(await refused.json()).toMatchObject({ code: 'validation.failed', errors: { limit: 'validation.type' } })
    const page = await get('limit=5&offset=3')
    expect(page.status).toBe(200)
    expect(await page.json()).toMatchObject({ limit: 5, offset: 3, items: Array.from({ length: 5 }, () => expect.anything()) })
  })
})
