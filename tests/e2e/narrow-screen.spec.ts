// On a phone-sized screen every page fits its width: wide content (tables, long values) scrolls
// inside its own box or turns into cards, the page itself never scrolls sideways. Russian, whose
// words are longer.
import { expect, test, type Page } from '@playwright/test'
import { loginAs, openInApp, PANEL_PAGES, prepare } from './support'

test.use({ viewport: { width: 390, height: 844 } })

/** How many pixels the page is wider than the screen. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)


test('no page scrolls sideways on a phone-sized screen', async ({ page }) => {
  // Each page visited as a link of the panel opens it.
  test.slow()
  await prepare(page, { language: 'ru' })
  await loginAs(page, 'business.resident@demo.test')
  await expect(page.getByRole('heading', { level: 1, name: 'Панель управления' })).toBeVisible()
  for (const { path } of PANEL_PAGES) {
    await openInApp(page, path)
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} has its heading`).toBeVisible()
    // Wait for the page's data (its loading line goes away).
    await expect(page.locator('.loading')).toHaveCount(0)
    expect(await sidewaysOverflow(page), `${path} is wider than the screen`).toBeLessThanOrEqual(0)
  }
})

test('the login page fits a phone-sized screen', async ({ page }) => {
  await prepare(page)
  await page.goto('/login')
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
  await page.goto('/register')
  await expect(page.getByRole('heading', { name: 'Register' })).toBeVisible()
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
})

test('the profile tabs stay in one row and scroll sideways inside their list', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, 'business.resident@demo.test', '/profile/api-keys')
  const tabs = page.getByRole('tablist', { name: 'Профиль и настройки' }).getByRole('tab')
  await expect(tabs).toHaveCount(5)
  const tops = await Promise.all((await tabs.all()).map(async (tab) => Math.round((await tab.boundingBox())!.y)))
  expect(new Set(tops).size, 'all tabs on one row').toBe(1)
  // The selected tab, far to the right, is scrolled into view; the page does not scroll.
  await expect(page.getByRole('tab', { name: 'API-ключи' })).toBeInViewport()
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
  // Still the WAI-ARIA tabs: arrows move and open the next tab.
  await page.getByRole('tab', { name: 'API-ключи' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Пользователи' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Пользователи' })).toBeInViewport()
})

test('the tickets table turns into a card per ticket, each value labelled', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/tickets')
  const table = page.getByRole('table', { name: 'Tickets' })
  await expect(table).toBeVisible()
  // Each row is a card as wide as the list, its cells stacked (the subject on top).
  const row = table.getByRole('row').filter({ hasText: '#1001' })
  const [rowBox, tableBox] = [(await row.boundingBox())!, (await table.boundingBox())!]
  expect(rowBox.width).toBeGreaterThan(tableBox.width - 2)
  const cells = row.getByRole('cell')
  const [subject, status] = [(await cells.nth(0).boundingBox())!, (await cells.nth(1).boundingBox())!]
  expect(status.y).toBeGreaterThanOrEqual(subject.y + subject.height - 1)
  // The date is on one line.
  const date = row.locator('time')
  const { height } = (await date.boundingBox())!
  expect(height).toBeLessThan(30)
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
})
