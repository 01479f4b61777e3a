// The idle route prefetch in the built app (src/router/prefetch.ts): after the first page, the
// likely next pages' chunks are preloaded from the build's map (scripts/vite/routeChunks.ts), and
// opening one of them then runs what is already there, without asking the network for its code.
import { expect, test } from '@playwright/test'
import { loginAs, prepare } from './support'

test.beforeEach(async ({ page }) => prepare(page))

test("the Tickets page's code is preloaded when idle after the home page, and opening it fetches none of it", async ({ page, context }) => {
  await loginAs(page, 'business.resident@demo.test', '/')
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
  await expect(page.locator('head link[rel="modulepreload"][href*="/assets/TicketsView-"]')).toHaveCount(1)
  await expect(page.locator('head link[rel="stylesheet"][href*="/assets/TicketsView-"][href$=".css"]')).toHaveCount(1)

  // From here on, count what the page asks for the Tickets page's own chunk and styles (the context's route:
  // the mock's service worker fetches the app's files, and page.route does not see it).
  let fetched = 0
  await context.route(/\/assets\/TicketsView-[\w-]+\.(js|css)$/, (route) => {
    fetched += 1
    return route.continue()
  })
  await page.getByRole('navigation').getByRole('link', { name: 'Tickets', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tickets' })).toBeVisible()
  await expect(page.locator('.ticket-list tbody tr').first()).toBeVisible()
  expect(fetched).toBe(0)
})
