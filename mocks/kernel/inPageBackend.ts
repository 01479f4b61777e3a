// The mock answers the panel's own requests in the page, as a call, until its service worker has
// started (mocks/browser.ts starts it once the first page is idle). Starting the worker is msw's
// registration lookup and then a message round trip with the page (its integrity check), which
// waits for a main thread busy with the first render: on a reload that held the first requests back
// by 400–600 ms at 4x CPU. The answer is the same either way: the worker too hands every request to
// these handlers, in this page; only the browser's network panel does not list the in-page ones.
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
