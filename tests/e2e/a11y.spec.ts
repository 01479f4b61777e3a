// axe-core on every foundation screen, in each theme: nothing serious or critical. Also the shell
// on a phone (navigation drawer open, tickets as cards) and with the help panel open. Each screen
// is visited once and checked in the three themes, switched in place.
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolationsInEveryTheme, loginAs, openInApp, prepare } from './support'

test('foundation screens have no serious accessibility violations in any theme', async ({ page }) => {
  // Seven screens, three axe runs each.
  test.slow()
  await prepare(page)
  await page.goto('/login')
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'login')
  await openInApp(page, '/register')
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByText('Fill in this field.').first()).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'register with errors')

  await loginAs(page, 'business.resident@demo.test')
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('₽48,500.00')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'home')
  await page.getByRole('button', { name: /business\.resident@demo\.test/ }).click()
  await expect(page.getByRole('menu')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'account menu')
  await page.keyboard.press('Escape')

  await openInApp(page, '/profile/settings')
  await expect(page.getByRole('heading', { name: 'User settings' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'panel settings')
  await page.getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'reset dialog')
  await page.keyboard.press('Escape')

  await openInApp(page, '/balance')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'balance page')
})

test('the shell on a phone and the help panel have no serious accessibility violations in any theme', async ({ page }) => {
  test.slow()
  await prepare(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await loginAs(page, 'business.resident@demo.test', '/tickets')
  await expect(page.getByRole('table', { name: 'Tickets' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'tickets as cards')
  await page.getByRole('banner').getByRole('button', { name: 'Navigation' }).click()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'navigation drawer')
  await page.keyboard.press('Escape')
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.getByRole('banner').getByRole('button', { name: 'Help' }).click()
  await expect(page.getByRole('complementary', { name: 'Help: Tickets' }).getByRole('link').first()).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'help panel')
})
