// Vitest setup: the MSW Node server answers every API call (unhandled requests are errors), and
// each test starts from the seed with no stored session or preferences (and no QA setting). Every mocked response is
// checked against the contract (openapi/): a test that received one the contract does not allow fails.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { setRequestLanguage } from '@/api/client'
import { watchContract } from './helpers/contractResponses'
import { resetDb } from '@mocks/kernel/db'
import { loadBodyValidators } from '@mocks/kernel/contract'
import { loadDbStateValidator } from '@mocks/kernel/dbCheck'
import { loadContextHelp } from '@mocks/help/load'
import { loadKnowledgeBaseArticles } from '@mocks/knowledgeBase/load'
import { clearQaSettingOverlay } from '@mocks/kernel/qaSettings'
import { server } from '@mocks/node'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// Lazy chunks in the browser (mocks/kernel/dbCheck.ts, contract.ts): tests write unstamped data and
// call validateRequest directly, so both are loaded before any test. The knowledge-base and help
// texts too: a component test settles for a few turns, not for a module's first transform.
beforeAll(() => Promise.all([loadDbStateValidator(), loadBodyValidators(), loadContextHelp(), loadKnowledgeBaseArticles()]))
const contract = watchContract(server)
beforeEach(() => {
  contract.watch()
  clearQaSettingOverlay() // a clock or network setting a test wrote
  resetDb()
  localStorage.clear()
  setRequestLanguage('en')
})
afterEach(async () => {
  const violations = await contract.take()
  if (violations.length) throw new Error(`Responses that break the API contract (openapi/):\n${violations.join('\n')}`)
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
