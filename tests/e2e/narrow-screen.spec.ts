// On a phone-sized screen every page fits its width: wide content (tables, long values) scrolls
// inside its own box, the page itself never scrolls sideways. Russian, whose words are longer.
import { expect, test, type Page } from '@playwright/test'
import { prepare } from './support'

test.use({ viewport: { width: 390, height: 844 } })

/** How many pixels the page is wider than the screen. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

const PAGES = ['/', '/tickets', '/tickets/1001', '/tickets/new', '/knowledge-base', '/referral', '/profile', '/profile/settings']

test('no page scrolls sideways on a phone-sized screen', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await page.goto('/login')
  await page.getByRole('button', { name: 'Войти как business.resident@demo.test' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Панель управления' })).toBeVisible()
  for (const path of PAGES) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
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
