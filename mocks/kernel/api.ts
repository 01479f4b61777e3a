// The API's base path, the same as the client's default (`/api/v1`) on any origin: the browser
// worker, the Node test server and the HTTP server (`npm run api`) all serve it.
// Handlers are typed against the contract: a path that is not in openapi/, a parameter it does not
// declare or a response body it does not allow is a type error (openapi-msw over the generated types).
import { createOpenApiHttp } from 'openapi-msw'
import type { paths } from '@/api/generated/openapi'

export const API = '*/api/v1'

/** The path after `/api/v1` (`/tickets/12`), or null for a request outside the API. */
export function apiPath(url: string): string | null {
  const { pathname } = new URL(url)
  const at = pathname.indexOf('/api/v1')
  if (at < 0) return null
  const rest = pathname.slice(at + '/api/v1'.length)
  return rest === '' ? '/' : rest.startsWith('/') ? rest : null
}

export const http = createOpenApiHttp<paths>({ baseUrl: API })
