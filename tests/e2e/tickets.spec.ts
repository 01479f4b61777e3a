// Tickets as a new user goes through them: create from the home page (an empty ticket is refused
// on its fields), the support answer arriving by itself, reply, close, reopen; the saved filter
// surviving a reload until "Reset"; axe in the three themes.
import { expect, test, type Page } from '@playwright/test'
import { SUPPORT_REPLY_DELAY_MS } from '../../mocks/kernel/qaSettings'
import { advanceMockClock, expectNoSeriousA11yViolationsInEveryTheme, expectSavedSettings, freezeMockClock, loginAs, openInApp, prepare } from './support'

/** Opens a page logged in as a demo persona (works in any language). */
async function openAs(page: Page, email: string, path: string) {
  await loginAs(page, email, path)
}

const accountMenuItem = async (page: Page, email: string, item: string) => {
  await page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) }).click()
  await page.getByRole('menuitem', { name: item }).click()
}

test('a ticket created from the home page gets answered, replied to, closed and reopened', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'sole.resident@demo.test')
  // Support answers a while after the customer's message: only when the mock clock moves on.
  await freezeMockClock(page)
  await page.getByRole('region', { name: 'Support' }).getByRole('button', { name: 'Create ticket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Create ticket' })).toBeVisible()

  // An empty ticket is refused on its fields; what is typed stays.
  const form = page.locator('main form')
  await form.getByRole('button', { name: 'Create ticket' }).click()
  await expect(page.getByText('Give the ticket a subject.')).toBeVisible()
  await expect(page.getByText('Choose a category.')).toBeVisible()
  await expect(page.getByText('Describe your question.')).toBeVisible()
  await expect(page.getByLabel('Subject')).toHaveAttribute('aria-invalid', 'true')
  // Focus goes to the first field to fix.
  await expect(page.getByLabel('Subject')).toBeFocused()
  await page.getByLabel('Subject').fill('Backups do not start')
  await form.getByRole('button', { name: 'Create ticket' }).click()
  await expect(page.getByText('Choose a category.')).toBeVisible()
  await expect(page.getByLabel('Subject')).toHaveValue('Backups do not start')

  await page.getByLabel('Category').selectOption({ label: 'Technical question' })
  await page.getByLabel('Related service (optional)').selectOption({ label: 'Cloud servers' })
  await page.getByLabel('Message').fill('The daily backup of server web-1 has not run since Monday.')
  await form.getByRole('button', { name: 'Create ticket' }).click()

  await expect(page).toHaveURL(/\/tickets\/1008$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Backups do not start' })).toBeVisible()
  await expect(page.getByText('Ticket #1008 has been created.')).toBeVisible()
  const thread = page.getByRole('list', { name: 'Messages of the ticket' })
  await expect(thread.getByRole('listitem')).toHaveCount(1)
  // The answer arrives without a reload.
  await advanceMockClock(page, SUPPORT_REPLY_DELAY_MS)
  await expect(thread.getByText('passed it to the engineers on duty')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByText('Answered', { exact: true })).toBeVisible()

  await page.getByLabel('Your reply').fill('Thanks! It is the server web-1 in ru-1.')
  await page.getByRole('button', { name: 'Send reply' }).click()
  await expect(thread.getByText('It is the server web-1 in ru-1.')).toBeVisible()
  await expect(page.getByLabel('Your reply')).toHaveValue('')
  await advanceMockClock(page, SUPPORT_REPLY_DELAY_MS)
  await expect(thread.getByText('Thank you for the details.')).toBeVisible({ timeout: 10_000 })

  await page.getByRole('button', { name: 'Close ticket' }).click()
  // The pressed button is gone; focus lands on what replaced it, not on the page's body.
  await expect(page.getByRole('heading', { name: 'The ticket is closed' })).toBeFocused()
  await expect(page.getByLabel('Your reply')).toHaveCount(0)
  await page.getByRole('button', { name: 'Reopen ticket' }).click()
  await expect(page.getByRole('heading', { name: 'Reply', exact: true })).toBeFocused()
  await expect(page.getByLabel('Your reply')).toBeVisible()
  await expect(page.getByText('Open', { exact: true })).toBeVisible()

  await accountMenuItem(page, 'sole.resident@demo.test', 'Tickets')
  await expect(page.getByRole('link', { name: '#1008 Backups do not start' })).toBeVisible()
})

test('the ticket filter survives a reload and "Reset" in Panel settings clears it', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test')
  await accountMenuItem(page, 'business.resident@demo.test', 'Tickets')
  const rows = page.locator('main tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(page.getByRole('row', { name: /#1001/ }).getByText('New answer')).toBeVisible()

  await page.getByLabel('Status').selectOption({ label: 'Closed' })
  await expect(rows).toHaveCount(1)
  await page.getByLabel('Search by subject').fill('документы')
  await expectSavedSettings(page, 'документы')
  await expect(rows).toHaveCount(1)

  await page.reload()
  await expect(page.getByLabel('Status')).toHaveValue('closed')
  await expect(page.getByLabel('Search by subject')).toHaveValue('документы')
  await expect(rows).toHaveCount(1)
  await expect(page.getByRole('link', { name: '#1002 Закрывающие документы за октябрь' })).toBeVisible()

  await accountMenuItem(page, 'business.resident@demo.test', 'Profile and settings')
  await page.getByRole('tab', { name: 'Panel settings' }).click()
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('User settings have been reset.')).toBeVisible()

  await accountMenuItem(page, 'business.resident@demo.test', 'Tickets')
  await expect(page.getByLabel('Status')).toHaveValue('all')
  await expect(page.getByLabel('Search by subject')).toHaveValue('')
  await expect(rows).toHaveCount(3)
})

test('a user who is not the main administrator sees only their own tickets', async ({ page }) => {
  await prepare(page)
  await openAs(page, 'user.business.resident@demo.test', '/tickets')
  await expect(page.locator('main tbody tr')).toHaveCount(1)
  await page.goto('/tickets/1001')
  await expect(page.getByRole('heading', { level: 1, name: 'Ticket not found' })).toBeVisible()
})

test('the transfer request from the Profile tab opens prefilled, in Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await openAs(page, 'personal.resident@demo.test', '/tickets/new?topic=transfer')
  await expect(page.getByRole('heading', { level: 1, name: 'Перенос услуг на другой аккаунт' })).toBeVisible()
  await expect(page.getByLabel('Тема')).toHaveValue('Перенос услуг на другой аккаунт')
  await expect(page.getByLabel('Категория')).toHaveValue('services-transfer')
  await expect(page.getByLabel('Сообщение')).toHaveValue(/Почта принимающего аккаунта:/)
})

test('ticket screens have no serious accessibility violations in any theme (Russian)', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await openAs(page, 'business.resident@demo.test', '/tickets')
  await expect(page.getByRole('link', { name: /#1001/ })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'tickets')
  await page.getByRole('link', { name: 'Создать тикет' }).click()
  await page.locator('main form').getByRole('button', { name: 'Создать тикет' }).click()
  await expect(page.getByText('Укажите тему тикета.')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'ticket form with errors')
  await openInApp(page, '/tickets/1001')
  await expect(page.getByRole('heading', { level: 1, name: 'Облачный сервер не запускается после изменения конфигурации' })).toBeVisible()
  await expect(page.getByText('Есть ответ', { exact: true })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'ticket')
})
