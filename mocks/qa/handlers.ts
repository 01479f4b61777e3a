// Mock-only endpoints for QA, /api/v1/__qa/… (not in the contract, so not typed against openapi/
// and never in a real backend): the QA workbench (src/qa/) talks to the mock through them, the
// README lists them. Registered before the request pipeline (mocks/handlers.ts): no simulated
// latency, no failure rules, no request log and no contract gate (which would answer 404 for a path
// openapi/ lacks). One file per section of the workbench.
import { clockHandlers } from './clock'
import { dataHandlers } from './data'
import { mailboxHandlers } from './mailbox'
import { networkHandlers } from './network'
import { personaHandlers } from './personas'
import { scaleHandlers } from './scale'
import { twoFactorHandlers } from './twoFactor'

export { QA_PATH } from './path'

export const qaHandlers = [...personaHandlers, ...networkHandlers, ...dataHandlers, ...clockHandlers, ...mailboxHandlers, ...twoFactorHandlers, ...scaleHandlers]
