// Context help (per page, from the home page and the header's help button, in a side panel beside
// the page; Escape closes it and focus returns) and the knowledge base (search, article with
// headings), with axe in three themes.
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolationsInEveryTheme, loginAs, openInApp, prepare } from './support'

test('context help explains the page the user is on and links to its articles', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test')
  const contextHelp = page.getByRole('region', { name: 'Support' }).getByRole('button', { name: 'Context help' })
  await contextHelp.click()
  const home = page.getByRole('complementary', { name: 'Help: Control panel' })
  await expect(home.getByText('The home page gathers what you need most often')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(home).toBeHidden()
  await expect(contextHelp).toBeFocused()

  await page.goto('/tickets')
  const helpButton = page.getByRole('banner').getByRole('button', { name: 'Help' })
  await helpButton.click()
  const tickets = page.getByRole('complementary', { name: 'Help: Tickets' })
  await expect(tickets.getByText('All requests to support are listed here')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(helpButton).toBeFocused()

  await page.goto('/referral')
  await helpButton.click()
  const referral = page.getByRole('complementary', { name: 'Help: Referral program' })
  await expect(referral.getByText('receive 10% of your referrals’ spending')).toBeVisible()
  await referral.getByRole('link', { name: 'Referral program' }).click()
  await expect(referral).toBeHidden()
  await expect(page).toHaveURL(/\/knowledge-base\/referral-program$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Referral program' })).toBeVisible()

  // Help offers a ticket too.
  await helpButton.click()
  await page.getByRole('complementary', { name: /^Help:/ }).getByRole('button', { name: 'Create ticket' }).click()
  await expect(page).toHaveURL(/\/tickets\/new$/)
})

test('context help is a side panel beside the page: focus on its heading, Escape gives focus back', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/tickets')
  const helpButton = page.getByRole('banner').getByRole('button', { name: 'Help' })
  await expect(helpButton).toHaveAttribute('aria-expanded', 'false')
  await helpButton.click()
  const panel = page.getByRole('complementary', { name: 'Help: Tickets' })
  await expect(panel).toBeVisible()
  await expect(helpButton).toHaveAttribute('aria-expanded', 'true')
  // Focus lands on the panel's heading, not on one of its links.
  await expect(panel.getByRole('heading', { name: 'Help: Tickets' })).toBeFocused()
  // Not a modal: no dialog, and the page beside it stays visible and usable.
  await expect(page.getByRole('dialog')).toHaveCount(0)
  const heading = page.getByRole('heading', { level: 1, name: 'Tickets' })
  const [headingBox, panelBox] = [await heading.boundingBox(), await panel.boundingBox()]
  expect(headingBox!.x + headingBox!.width, 'the page heading is not under the panel').toBeLessThanOrEqual(panelBox!.x)
  await page.getByRole('searchbox', { name: 'Search by subject' }).fill('resize')
  await expect(panel).toBeVisible()
  // "Create ticket" is the panel's main action.
  await expect(panel.getByRole('button', { name: 'Create ticket' })).toHaveClass(/btn--primary/)
  // Escape from inside the panel closes it; focus returns to the Help button.
  await panel.getByRole('link').first().focus()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(helpButton).toBeFocused()
  await expect(helpButton).toHaveAttribute('aria-expanded', 'false')
  // The close button does the same.
  await helpButton.click()
  await panel.getByRole('button', { name: 'Close help' }).click()
  await expect(panel).toBeHidden()
  await expect(helpButton).toBeFocused()
})

test('the knowledge base finds articles by words of their title and text', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test')
  await page.getByRole('region', { name: 'Support' }).getByRole('link', { name: 'Knowledge base' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Balance and payments' })).toBeVisible()
  const search = page.getByRole('searchbox', { name: 'Search the knowledge base' })
  await search.fill('courier')
  await expect(page.getByRole('status').filter({ hasText: 'found for “courier”' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Original billing documents' })).toBeVisible()
  await search.fill('API key')
  await search.press('Enter')
  await expect(page).toHaveURL(/q=API/)
  await page.getByRole('link', { name: 'API keys' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('API key')
  expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(3)
  await page.goBack()
  await expect(search).toHaveValue('API key')
})

test('context help and the knowledge base speak Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, 'personal.resident@demo.test', '/knowledge-base')
  await page.getByRole('searchbox', { name: 'Поиск по базе знаний' }).fill('тикеты')
  await expect(page.getByRole('status').filter({ hasText: 'по запросу «тикеты»' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Как создать тикет и получить ответ поддержки' })).toBeVisible()
  await page.getByRole('banner').getByRole('button', { name: 'Справка' }).click()
  await expect(page.getByRole('complementary', { name: 'Справка: База знаний' }).getByText('Ищите по слову или фразе')).toBeVisible()
})

test('help and knowledge base have no serious accessibility violations in any theme', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/knowledge-base?q=password')
  await expect(page.getByRole('link', { name: 'Change the password' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'knowledge base search')
  await page.getByRole('banner').getByRole('button', { name: 'Help' }).click()
  await expect(page.getByRole('complementary', { name: /^Help:/ }).getByRole('link').first()).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'help panel')
  await page.keyboard.press('Escape')
  await openInApp(page, '/knowledge-base/two-step-authentication')
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step authentication' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'article')
})
