// Runs the full check of the stored data in a worker (kernel/dbCheck.worker.ts): the browser's
// idle-time check of data this mock stamped itself (browser.ts). Where a worker cannot start, the
// check runs here, on the main thread, as before.
import { loadDbStateValidator } from './dbCheck'
import { verifyCachedDb, verifyCachedDbText } from './db'

function checkInWorker(raw: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dbCheck.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate()
      resolve(event.data === true)
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'the data check worker failed'))
    }
    worker.postMessage(raw)
  })
}

export async function checkStoredDbOffThread(): Promise<void> {
  try {
    await verifyCachedDbText(checkInWorker)
  } catch {
    await loadDbStateValidator().then(verifyCachedDb, () => {})
  }
}
