// Mock-only endpoints for QA (not in the contract, so not typed against openapi/ and never in a
// real backend). Registered before the request pipeline (mocks/handlers.ts): no simulated latency,
// no forced failures and no contract gate, which would answer 404 for a path openapi/ lacks.
//   GET /api/v1/__qa/mailbox?to=<email>  → { items }: that recipient's mails (every mail without
//   `to`), newest first. The README says how to read it; the QA workbench (issue 14) shows it.
import { http } from 'msw'
import { API } from '../kernel/api'
import { readDb } from '../kernel/db'
import { guarded } from '../kernel/guard'
import { mailboxOf } from '../mailbox/service'

export const QA_PATH = `${API}/__qa`

export const qaHandlers = [
  http.get(
    `${QA_PATH}/mailbox`,
    guarded(({ request }) => {
      const to = new URL(request.url).searchParams.get('to')?.trim()
      return Response.json({ items: mailboxOf(readDb(), to) })
    }),
  ),
]
