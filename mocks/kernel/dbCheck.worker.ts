// The full check of the stored mock data (kernel/dbCheck.ts), in a worker: the page sends the
// stored text and gets back whether it has the shape of DbState. Parsing and checking a large
// state (100x the demo data is 2 MB of JSON) takes the main thread a few hundred milliseconds at
// 4x CPU; here it runs beside the page instead of in the way of its next click.
import { validateDbState } from './contract/dbState.gen'

/** Whether `raw` is JSON of the shape of DbState. */
export function isDbStateText(raw: string): boolean {
  try {
    return validateDbState(JSON.parse(raw))
  } catch {
    return false
  }
}

/** What this file uses of a dedicated worker's global scope (the app's types have no worker lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<string>) => void) | null
  postMessage(message: boolean): void
}

// In a worker (not when a test imports the function).
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope
  scope.onmessage = (event) => scope.postMessage(isDbStateText(event.data))
}
