// The api-smoke specs share one `npm run api` server; its data file is set by playwright.config.ts.
// Deleting the file is the documented reset: the server seeds afresh on the next request.
import { rmSync } from 'node:fs'

export function resetServerData() {
  const file = process.env.API_SMOKE_DB_FILE
  if (!file) throw new Error('API_SMOKE_DB_FILE is not set (playwright.config.ts sets it)')
  rmSync(file, { force: true })
}
