// The QA workbench (mocks only): the button and Ctrl+Shift+Q with the focus coming back, a persona
// switch that stays on the page, a failure rule breaking a page and its removal, export and import
// (and a broken file refused), "Advance 1 hour" letting support answer, a copied link opening the
// same screen in a fresh browser, axe on the open panel.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolationsInEveryTheme, freezeMockClock, loginAs, mockServesNetwork, prepare } from './support'

const panel = (page: Page) => page.getByRole('dialog', { name: 'QA workbench' })
const qaButton = (page: Page) => page.getByRole('button', { name: 'QA', exact: true })
const accountButton = (page: Page, email: string) => page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) })

async function openPanel(page: Page) {
  if (!(await panel(page).isVisible())) await qaButton(page).click()
  await expect(panel(page).getByRole('heading', { level: 3, name: 'Share' })).toBeVisible()
}

/** A user's name changed in the mock data (export, edit, import through the QA endpoints). */
async function renameUser(page: Page, email: string, name: string) {
  await mockServesNetwork(page)
  const status = await page.evaluate(
    async ([email, name]) => {
      const data = await (await fetch('/api/v1/__qa/export')).json()
      for (const user of data.users) if (user.email === email) user.name = name
      return (await fetch('/api/v1/__qa/import', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) })).status
    },
    [email, name] as const,
  )
  expect(status, 'POST /api/v1/__qa/import').toBe(204)
}

test('the QA button and Ctrl+Shift+Q open and close the panel, the focus going back', async ({ page }) => {
  await prepare(page)
  await page.goto('/login')
  // On public pages too.
  await expect(qaButton(page)).toBeVisible()
  await loginAs(page, 'business.resident@demo.test')

  await qaButton(page).click()
  await expect(panel(page)).toBeVisible()
  await expect(panel(page).getByRole('heading', { level: 2, name: 'QA workbench' })).toBeFocused()
  for (const name of ['Persona', 'Network', 'Data', 'Clock', 'Mailbox', 'Two-step codes', 'Share']) await expect(panel(page).getByRole('heading', { level: 3, name })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'the open QA panel')
  await page.keyboard.press('Escape')
  await expect(panel(page)).toBeHidden()
  await expect(qaButton(page)).toBeFocused()

  const link = page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).first()
  await link.focus()
  await page.keyboard.press('Control+Shift+KeyQ')
  await expect(panel(page)).toBeVisible()
  await page.keyboard.press('Control+Shift+KeyQ')
  await expect(panel(page)).toBeHidden()
  await expect(link).toBeFocused()
})

test('a persona switch keeps the page', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/tickets')
  await openPanel(page)
  await panel(page).getByRole('listitem').filter({ hasText: 'sole.resident@demo.test' }).getByRole('button').click()
  await expect(accountButton(page, 'sole.resident@demo.test')).toBeVisible()
  await expect(page).toHaveURL(/\/tickets$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Tickets' })).toBeVisible()
})

test('a failure rule makes a page show its error state until it is removed', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test', '/tickets')
  await openPanel(page)
  await panel(page).getByLabel('Path pattern').fill('tickets')
  await panel(page).getByRole('button', { name: 'Add rule' }).click()
  await expect(panel(page).getByLabel('Path pattern')).toHaveAttribute('aria-invalid', 'true')
  await panel(page).getByLabel('Path pattern').fill('/tickets*')
  await panel(page).getByLabel('Answer').selectOption({ label: '503 Unavailable' })
  await panel(page).getByRole('button', { name: 'Add rule' }).click()
  await expect(panel(page).getByText('Any /tickets* → 503 Unavailable, Always')).toBeVisible()

  await page.reload()
  await expect(page.getByText('Could not load the tickets.')).toBeVisible()
  await openPanel(page)
  await expect(panel(page).getByRole('cell', { name: /^GET \/tickets/ }).first()).toBeVisible()
  await panel(page).getByRole('button', { name: 'Remove Any /tickets*' }).click()
  await expect(panel(page).getByText('No rules: every request is answered as usual.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Tickets' })).toBeVisible()
  await expect(page.getByText('Could not load the tickets.')).toHaveCount(0)
})

test('exported data imports back; a broken file is refused and changes nothing', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'business.resident@demo.test')
  await openPanel(page)
  const downloading = page.waitForEvent('download')
  await panel(page).getByRole('button', { name: 'Export' }).click()
  const exported = await readFile((await (await downloading).path())!, 'utf8')
  expect(JSON.parse(exported)).toHaveProperty('version')

  await renameUser(page, 'sole.resident@demo.test', 'Renamed Meanwhile')
  await page.reload()
  await openPanel(page)
  await expect(panel(page).getByRole('button', { name: 'Renamed Meanwhile' })).toBeVisible()

  await panel(page).getByLabel('Import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, users: 'none' })) })
  const refusal = panel(page).getByRole('alert').filter({ hasText: 'broken.json cannot be imported' })
  await expect(refusal).toContainText('The current data has not changed.')
  await expect(panel(page).getByRole('button', { name: 'Renamed Meanwhile' })).toBeVisible()

  await panel(page).getByLabel('Import').setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(exported) })
  // The page starts afresh with the imported data, the panel open again.
  await expect(panel(page).getByRole('button', { name: 'Renamed Meanwhile' })).toHaveCount(0)
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'sole.resident@demo.test' })).toBeVisible()
})

test('"Advance 1 hour" lets support answer a ticket', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'sole.resident@demo.test', '/tickets/new')
  await freezeMockClock(page)
  await page.getByLabel('Subject').fill('Backups do not start')
  await page.getByLabel('Category').selectOption({ label: 'Technical question' })
  await page.getByLabel('Message').fill('The daily backup of server web-1 has not run since Monday.')
  await page.locator('main form').getByRole('button', { name: 'Create ticket' }).click()
  const thread = page.getByRole('list', { name: 'Messages of the ticket' })
  await expect(thread.getByRole('listitem')).toHaveCount(1)

  await openPanel(page)
  await panel(page).getByRole('button', { name: 'Advance 1 hour' }).click()
  await expect(thread.getByText('passed it to the engineers on duty')).toBeVisible()
  await expect(panel(page).getByText('frozen')).toBeVisible()
})

test('a copied link opens the same screen in a fresh browser', async ({ page, browser, baseURL }) => {
  await prepare(page)
  await loginAs(page, 'sole.resident@demo.test', '/profile')
  await renameUser(page, 'sole.resident@demo.test', 'Shared Sole Trader')
  await openPanel(page)
  await panel(page).getByLabel('Path pattern').fill('/balance*')
  await panel(page).getByRole('button', { name: 'Add rule' }).click()
  await expect(panel(page).getByText('Any /balance* → 500 Server error, Always')).toBeVisible()
  await panel(page).getByLabel('Include data').check()
  await panel(page).getByRole('button', { name: 'Copy link' }).click()
  const link = await panel(page).getByLabel('Link').inputValue()
  expect(link).toContain('?qa=')
  expect(link).toContain('#qa-data=')

  const context = await browser.newContext({ baseURL, locale: 'en-US' })
  try {
    const other = await context.newPage()
    await prepare(other)
    await other.goto(link)
    const ask = other.getByRole('dialog', { name: 'Open the shared QA link?' })
    await expect(ask).toContainText('You will be signed in as sole.resident@demo.test.')
    await ask.getByRole('button', { name: 'Open it' }).click()
    await expect(other).toHaveURL((url) => url.pathname === '/profile' && !url.search && !url.hash)
    await expect(accountButton(other, 'sole.resident@demo.test')).toBeVisible()
    // Applying the link reloads the page, and the panel reopens by itself (clicking "QA" while it
    // does would race it).
    await expect(panel(other).getByRole('heading', { level: 3, name: 'Share' })).toBeVisible()
    await expect(panel(other).getByRole('button', { name: 'Shared Sole Trader' })).toBeVisible()
    await expect(panel(other).getByText('Any /balance* → 500 Server error, Always')).toBeVisible()
  } finally {
    await context.close()
  }
})

test('a damaged link only says so', async ({ page }) => {
  await prepare(page)
  await page.goto('/login?qa=bm90LWEtc2NlbmFyaW8')
  const message = page.getByRole('dialog', { name: 'Open the shared QA link?' })
  await expect(message).toContainText('This QA link is damaged and cannot be opened. Nothing has changed.')
  await message.getByRole('button', { name: 'Close' }).click()
  await expect(page).toHaveURL((url) => !url.searchParams.has('qa'))
})
