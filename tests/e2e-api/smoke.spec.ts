// The build with the mocks off (dist-api) against `npm run api`: log in, the home page's data,
// a profile change and a ticket, all stored by the server (nothing is mocked in the browser).
import { expect, test, type Page } from '@playwright/test'
import { loginAs, prepare } from '../e2e/support'
import { field, openForm, openProfile, save, shownValue } from '../e2e/profileHelpers'
import { resetServerData } from './serverData'

test.beforeEach(async ({ page }) => {
  resetServerData()
  await prepare(page)
})

async function createTicket(page: Page, subject: string) {
  await page.getByRole('region', { name: 'Support' }).getByRole('button', { name: 'Create ticket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Create ticket' })).toBeVisible()
  await page.getByLabel('Subject').fill(subject)
  await page.getByLabel('Category').selectOption({ label: 'Technical question' })
  await page.getByLabel('Message').fill('Created by the API smoke suite.')
  await page.locator('main form').getByRole('button', { name: 'Create ticket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible()
}

test('a demo persona logs in and the home page shows the balances from the server', async ({ page }) => {
  // Every API call goes to the server: nothing in the page answers for it.
  const apiCalls: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) apiCalls.push(new URL(request.url()).origin)
  })
  await loginAs(page, 'business.resident@demo.test')
  const balance = page.getByRole('region', { name: 'Balance' })
  await expect(balance.getByText('Main balance')).toBeVisible()
  await expect(balance.getByText('₽48,500.00')).toBeVisible()
  await expect(balance.getByText('10%')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Support' }).getByRole('link', { name: '2 open tickets' })).toBeVisible()
  expect(new Set(apiCalls)).toEqual(new Set(['http://127.0.0.1:8787']))
})

test('a value typed into an empty profile field is stored by the server and survives a reload', async ({ page }) => {
  await openProfile(page, 'business.resident@demo.test')
  await expect(shownValue(page, 'Fax')).toHaveText('Not specified')
  await openForm(page)
  await field(page, 'Fax').fill('8 (812) 333-44-56')
  await save(page)
  await expect(page.getByRole('status').filter({ hasText: 'Applied at once: Fax.' })).toBeVisible()
  await page.reload()
  await expect(shownValue(page, 'Fax')).toHaveText('+7 812 333-44-56')
})

test('a created ticket is in the ticket list', async ({ page }) => {
  await loginAs(page, 'sole.resident@demo.test')
  await createTicket(page, 'Smoke: backups do not start')
  await page.goto('/tickets')
  await expect(page.getByRole('link', { name: /^#\d+ Smoke: backups do not start$/ })).toBeVisible()
})

test('two browsers share one state: a ticket created in one is listed in the other', async ({ browser }) => {
  const email = 'business.resident@demo.test'
  const subject = 'Smoke: shared between browsers'
  const first = await browser.newContext()
  const second = await browser.newContext()
  try {
    const creator = await first.newPage()
    const reader = await second.newPage()
    await prepare(creator)
    await prepare(reader)
    await loginAs(reader, email)
    await reader.goto('/tickets')
    await expect(reader.getByRole('link', { name: /^#\d+ / }).first()).toBeVisible()
    await expect(reader.getByRole('link', { name: new RegExp(subject) })).toHaveCount(0)

    await loginAs(creator, email)
    await createTicket(creator, subject)

    await reader.reload()
    await expect(reader.getByRole('link', { name: new RegExp(`^#\\d+ ${subject}$`) })).toBeVisible()
  } finally {
    await first.close()
    await second.close()
  }
})
