// Vitest setup: the MSW Node server answers every API call (unhandled requests are errors), and
// each test starts from the seed with no stored session or preferences.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { setRequestLanguage } from '@/api/client'
import { resetDb } from '@mocks/kernel/db'
import { server } from '@mocks/node'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetDb()
  localStorage.clear()
  setRequestLanguage('en')
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
