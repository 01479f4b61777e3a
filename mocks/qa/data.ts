// QA's "Data" section: back to the seed, the whole state as a file, and a file back in.
//   POST /__qa/reset   → 204: the seed again (sessions too, so everyone is logged out).
//   GET  /__qa/export  → the DbState JSON (its `version` is the seed version), as an attachment.
//   POST /__qa/import  → 204 when the body (the text of an exported file) replaced the whole state;
//                        422 with `errors: [{path, message}]` (at most 20) and nothing changed otherwise.
import { http, HttpResponse } from 'msw'
import { nowIso } from '../kernel/clock'
import { readDb, replaceDb, resetDb } from '../kernel/db'
import { guarded } from '../kernel/guard'
import { SEED_VERSION } from '../seed'
import { checkImport, type ImportError } from './importCheck'
import { QA_PATH } from './path'

/** `ccp-mock-data-v12-2026-12-01T22-05-00.json`: the seed version and the mock time. */
export function exportFileName(): string {
  return `ccp-mock-data-v${SEED_VERSION}-${nowIso().slice(0, 19).replace(/:/g, '-')}.json`
}

function importRefused(errors: ImportError[]) {
  return HttpResponse.json(
    {
      type: 'https://panel.example/problems/validation-failed',
      title: 'validation.failed',
      status: 422,
      code: 'validation.failed',
      detail: `The file cannot be imported: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      errors,
    },
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

export const dataHandlers = [
  http.post(
    `${QA_PATH}/reset`,
    guarded(() => {
      resetDb()
      return new HttpResponse(null, { status: 204 })
    }),
  ),

  http.get(
    `${QA_PATH}/export`,
    guarded(() =>
      HttpResponse.json(readDb(), {
        headers: { 'Content-Disposition': `attachment; filename="${exportFileName()}"`, 'Cache-Control': 'no-store' },
      }),
    ),
  ),

  http.post(
    `${QA_PATH}/import`,
    guarded(async ({ request }) => {
      const checked = await checkImport(await request.text())
      if (!checked.ok) return importRefused(checked.errors)
      replaceDb(checked.state)
      return new HttpResponse(null, { status: 204 })
    }),
  ),
]
