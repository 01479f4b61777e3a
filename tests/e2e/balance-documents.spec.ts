// "Billing documents": the list filtered by type and year (the filter survives a reload), a PDF
// download, a reconciliation act requested for a period (a bad period is refused on its field and
// keeps what was typed), invoices only for a Personal account, the explanation a user (not the
// main administrator) gets instead of the list; axe in the three themes.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsInEveryTheme, loginAs, mockRequestLog, prepare } from './support'

async function openDocuments(page: Page, email: string) {
  await loginAs(page, email, '/balance/documents')
  await expect(page.getByRole('heading', { level: 1, name: 'Balance and payments' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Billing documents', selected: true })).toBeVisible()
}

const table = (page: Page) => page.getByRole('table', { name: 'Billing documents, newest first' })
const rows = (page: Page) => table(page).getByRole('row').filter({ has: page.getByRole('rowheader') })

async function downloadOf(page: Page, button: Locator, saveAs: string) {
  // The first PDF loads pdf-lib and the fonts (about 2 MB) and draws in the browser: on a busy
  // 2-core CI machine that can outlast the default timeout, so a test that makes one gets more.
  test.slow()
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  await download.saveAs(saveAs)
  return { name: download.suggestedFilename(), bytes: readFileSync(saveAs) }
}

test('lists invoices, UPDs and acts, filtered by type and year, and the filter survives a reload', async ({ page }) => {
  await prepare(page)
  await openDocuments(page, 'business.resident@demo.test')
  await expect(rows(page).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Profile → Original billing documents' })).toHaveAttribute('href', '/profile')
  const total = await rows(page).count()
  expect(total).toBeGreaterThan(12)
  await expect(rows(page).filter({ hasText: 'Pending payment' })).toHaveCount(1)

  await page.getByLabel('Type').selectOption({ label: 'UPD' })
  await expect(rows(page)).toHaveCount(11)
  for (const name of await rows(page).getByRole('rowheader').allTextContents()) expect(name).toMatch(/^UPD No\. 204503-\d{4}-\d{2}$/)

  const years = (await page.getByLabel('Year').locator('option').allTextContents()).slice(1)
  expect(years.length).toBeGreaterThan(0)
  const year = years.at(-1)!
  await page.getByLabel('Year').selectOption(year)
  // The filtered list replaces the whole one when it arrives: wait for it, then check every row.
  const datesShown = () => rows(page).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
  await expect.poll(async () => { const dates = await datesShown(); return dates.length > 0 && dates.every((date) => date.startsWith(`${year}-`)) }).toBe(true)

  await page.reload()
  await expect(page.getByLabel('Type')).toHaveValue('upd')
  await expect(page.getByLabel('Year')).toHaveValue(year)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows(page)).toHaveCount(total)
})

test('"Download PDF" makes a real PDF of the document', async ({ page }, testInfo) => {
  await prepare(page)
  await openDocuments(page, 'business.resident@demo.test')
  await page.getByLabel('Type').selectOption({ label: 'UPD' })
  const first = rows(page).first()
  // The filtered list replaces the whole one: wait for it before reading the first row.
  await expect(first.getByRole('rowheader')).toHaveText(/^UPD No\./)
  const name = (await first.getByRole('rowheader').textContent())!
  const { name: file, bytes } = await downloadOf(page, first.getByRole('button', { name: `Download PDF: ${name}` }), testInfo.outputPath('upd.pdf'))
  expect(file).toMatch(/^upd-204503-\d{4}-\d{2}\.pdf$/)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(bytes.length).toBeGreaterThan(5_000)
})

test('"Request reconciliation act" refuses a bad period on its field, then adds the act to the list', async ({ page }, testInfo) => {
  await prepare(page)
  await openDocuments(page, 'sole.resident@demo.test')
  await expect(rows(page).first()).toBeVisible()
  const before = await rows(page).count()
  await page.getByRole('button', { name: 'Request reconciliation act' }).click()
  const dialog = page.getByRole('dialog', { name: 'Request reconciliation act' })
  // A modal in the middle of the screen, not stuck to a corner.
  const box = (await dialog.boundingBox())!
  expect(Math.abs(box.x + box.width / 2 - page.viewportSize()!.width / 2)).toBeLessThan(20)
  await expectNoSeriousA11yViolations(page, 'the act dialog')

  const today = new Date().toISOString().slice(0, 10)
  const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`
  await dialog.getByLabel('From').fill(lastYear)
  await dialog.getByLabel('To').fill(today)
  await dialog.getByRole('button', { name: 'Request reconciliation act' }).click()
  await expect(dialog.getByText('A reconciliation act covers at most one year.')).toBeVisible()
  await expect(dialog.getByLabel('To')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByLabel('To')).toBeFocused()
  await expect(dialog.getByLabel('From')).toHaveValue(lastYear)

  await dialog.getByLabel('From').fill(`${today.slice(0, 4)}-01-01`)
  await dialog.getByRole('button', { name: 'Request reconciliation act' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: /Reconciliation act No\. 204505-A002 for .* is ready\./ })).toBeVisible()
  await expect(rows(page)).toHaveCount(before + 1)
  await expect(rows(page).first().getByRole('rowheader')).toHaveText('Reconciliation act No. 204505-A002')

  const download = page.getByRole('status').getByRole('button', { name: 'Download PDF: Reconciliation act No. 204505-A002' })
  const { bytes } = await downloadOf(page, download, testInfo.outputPath('act.pdf'))
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})

test('a Personal account has invoices only and no reconciliation acts', async ({ page }) => {
  await prepare(page)
  await openDocuments(page, 'personal.resident@demo.test')
  await expect(rows(page).first()).toBeVisible()
  for (const name of await rows(page).getByRole('rowheader').allTextContents()) expect(name).toMatch(/^Invoice No\. /)
  await expect(page.getByText('UPDs and reconciliation acts are drawn up for business accounts, sole traders and state institutions')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Request reconciliation act' })).toHaveCount(0)
  await expect(page.getByLabel('Type').locator('option')).toHaveText(['All types', 'Invoice'])
})

test('a user who is not the main administrator is told the documents are the administrator’s, without asking the API', async ({ page }) => {
  await prepare(page)
  await openDocuments(page, 'user.business.resident@demo.test')
  await expect(page.getByRole('heading', { name: 'Available to the main administrator' })).toBeVisible()
  await expect(page.getByText('Billing documents (invoices, UPDs and reconciliation acts) are available to the main administrator of the account only.')).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
  // The mock's own log (the panel's first requests are answered in the page, off the network).
  const log = await mockRequestLog(page)
  expect(log.length).toBeGreaterThan(0)
  expect(log.filter((request) => request.path.startsWith('/billing/documents'))).toEqual([])
})

test('the tab speaks Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, 'business.resident@demo.test', '/balance/documents')
  await expect(page.getByRole('tab', { name: 'Финансовые документы', selected: true })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /^УПД № 204503-/ }).first()).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Ожидает оплаты' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Запросить акт сверки' })).toBeVisible()
})

test('the billing documents tab has no serious axe violations in any theme', async ({ page }) => {
  await prepare(page)
  await openDocuments(page, 'business.resident@demo.test')
  await expect(rows(page).first()).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'documents')
})
