// QA's "Network" section: the simulated latency and the failure rules (mocks/kernel/networkRules.ts),
// and the log of the last API requests the pipeline answered.
//   GET /__qa/network                  → {latency: {min, max}, rules}
//   PUT /__qa/network {latency, rules} → the settings now in effect; 422 on the wrong field
//                                        (`rules.0.pattern`: `validation.qaPattern`) and nothing changed.
//   GET /__qa/requests                 → {items: [{at, method, path, status, ms, rule}]}, newest first.
import { http, HttpResponse } from 'msw'
import { guarded } from '../kernel/guard'
import { checkNetworkSettings } from '../kernel/networkRules'
import { requestLog } from '../kernel/pipeline'
import { validationProblem } from '../kernel/problems'
import { networkSettings, setNetworkSettings } from '../kernel/qaSettings'
import { QA_PATH } from './path'

async function bodyOf(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    return null
  }
}

export const networkHandlers = [
  http.get(
    `${QA_PATH}/network`,
    guarded(() => HttpResponse.json(networkSettings())),
  ),

  http.put(
    `${QA_PATH}/network`,
    guarded(async ({ request }) => {
      const checked = checkNetworkSettings(await bodyOf(request))
      if ('errors' in checked) return validationProblem(checked.errors)
      setNetworkSettings(checked.settings)
      return HttpResponse.json(networkSettings())
    }),
  ),

  http.get(
    `${QA_PATH}/requests`,
    guarded(() => HttpResponse.json({ items: requestLog() })),
  ),
]
