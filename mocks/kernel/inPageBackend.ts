// The mock answers the panel's own requests in the page, as a call (mocks/browser.ts says why). The
// answer is the same as through its service worker, which too hands every request to these
// handlers, in this page; only the browser's network panel does not list the in-page ones (QA's
// `throughWorker` setting sends them through the worker instead, mocks/kernel/qaSettings.ts).
import { getResponse, type RequestHandler } from 'msw'
import type { InPageBackend } from '@/api/client'

/** Rejects with the signal's reason once it aborts, as fetch does; else settles as `promise`. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted()
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason)
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/** Answers a request with `handlers` as the network would: a Response, or a TypeError for a failed connection. */
export function inPageBackend(handlers: RequestHandler[]): InPageBackend {
  return async (request) => {
    const response = await abortable(getResponse(handlers, request), request.signal)
    // Nothing of the mock's (outside /api/v1): the network answers, as the worker would let it.
    if (!response) return fetch(request)
    // HttpResponse.error(), a QA `offline` or `timeout` rule: fetch rejects on it, and so does this.
    if (response.type === 'error') throw new TypeError('Failed to fetch')
    return response
  }
}
