// The Transactions tab as people use it: the seeded history page by page, filters by operation,
// balance and period that survive a reload until Panel settings' "Reset", "Export CSV" of the
// whole filtered list, the user role, a phone, Russian, and axe in the three themes.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectNoSeriousA11yViolations, expectSavedSettings, loginAs, prepare, THEMES, useTheme } from './support'

const ADMIN = 'business.resident@demo.test'
const USER = 'user.business.resident@demo.test'

async function openTransactions(page: Page, email = ADMIN, language: 'en' | 'ru' = 'en') {
  await prepare(page, { language })
  await loginAs(page, email, '/balance/transactions')
  await expect(page.locator('main tbody tr').first()).toBeVisible()
}

const rows = (page: Page) => page.locator('main tbody tr')
const range = (page: Page) => page.getByRole('status').filter({ hasText: /\d+–\d+ (of|из) \d+/ })
/** The total of "1–20 of 245". */
async function total(page: Page): Promise<number> {
  const text = (await range(page).textContent()) ?? ''
  return Number(/(\d+)$/.exec(text.trim())?.[1])
}
/** The texts of one column (0 = date) of the rows shown. */
const column = (page: Page, index: number) => rows(page).locator(`td:nth-child(${index + 1})`).allTextContents()

/** A day in Moscow as YYYY-MM-DD, `daysAgo` days before today. */
function moscowDay(daysAgo: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date(Date.now() - daysAgo * 86_400_000))
}
const moscowDayOf = (iso: string) => new Date(Date.parse(iso) + 3 * 3_600_000).toISOString().slice(0, 10)

async function accountMenuItem(page: Page, email: string, item: string) {
  await page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) }).click()
  await page.getByRole('menuitem', { name: item }).click()
}

const savedFilter = (page: Page, fragment: string) => expectSavedSettings(page, fragment)

test('the table shows the seeded history, newest first, with signed amounts and statuses', async ({ page }) => {
  await openTransactions(page)
  await expect(page.getByRole('tab', { name: 'Transactions', selected: true })).toBeVisible()
  await expect(rows(page)).toHaveCount(20)
  await expect(range(page)).toHaveText(/^1–20 of \d+$/)
  expect(await total(page)).toBeGreaterThan(40)
  for (const name of ['Date', 'Operation', 'Balance', 'Service', 'Amount', 'Status']) await expect(page.getByRole('columnheader', { name })).toBeVisible()
  const dates = await rows(page).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))
  expect([...dates].sort().reverse()).toEqual(dates)
  // The business account's bank transfer waits for the bank.
  await expect(page.getByRole('row').filter({ hasText: 'Pending payment' }).first()).toBeVisible()
  for (const amount of await column(page, 4)) expect(amount).toMatch(/^[+−]/)
})

test('filters by operation, balance and period, and the filter survives a reload until "Reset"', async ({ page }) => {
  await openTransactions(page)
  const all = await total(page)

  let saved = savedFilter(page, '"operation":"charge"')
  await page.getByLabel('Operation').selectOption({ label: 'Charge' })
  await saved
  await expect(range(page)).not.toHaveText(new RegExp(` of ${all}$`))
  for (const operation of await column(page, 1)) expect(operation).toMatch(/^Charge/)

  saved = savedFilter(page, '"balance":"cloud"')
  await page.getByLabel('Balance', { exact: true }).selectOption({ label: 'Cloud servers' })
  await saved
  for (const balance of await column(page, 2)) expect(balance).toBe('Cloud servers')

  const from = moscowDay(120)
  const to = moscowDay(30)
  await page.getByLabel('From').fill(from)
  saved = savedFilter(page, `"to":"${to}"`)
  await page.getByLabel('To', { exact: true }).fill(to)
  await saved
  await expect(rows(page).first()).toBeVisible()
  const checkPeriod = async () => {
    const dates = await rows(page).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))
    expect(dates.length).toBeGreaterThan(0)
    for (const date of dates) expect(moscowDayOf(date) >= from && moscowDayOf(date) <= to, date).toBe(true)
  }
  await checkPeriod()
  const filteredTotal = await total(page)

  await page.reload()
  await expect(page.getByLabel('Operation')).toHaveValue('charge')
  await expect(page.getByLabel('Balance', { exact: true })).toHaveValue('cloud')
  await expect(page.getByLabel('From')).toHaveValue(from)
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(to)
  await expect(range(page)).toHaveText(new RegExp(` of ${filteredTotal}$`))
  await checkPeriod()

  await accountMenuItem(page, ADMIN, 'Profile and settings')
  await page.getByRole('tab', { name: 'Panel settings' }).click()
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('User settings have been reset.')).toBeVisible()

  await page.goto('/balance/transactions')
  await expect(page.getByLabel('Operation')).toHaveValue('')
  await expect(page.getByLabel('Balance', { exact: true })).toHaveValue('')
  await expect(page.getByLabel('From')).toHaveValue('')
  await expect(range(page)).toHaveText(`1–20 of ${all}`)
})

test('a period that ends before it starts is refused on its field and not applied', async ({ page }) => {
  await openTransactions(page)
  const all = await total(page)
  await page.getByLabel('From').fill(moscowDay(10))
  await page.getByLabel('To', { exact: true }).fill(moscowDay(20))
  const to = page.getByLabel('To', { exact: true })
  await expect(to).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toHaveText('The end of the period cannot be before its start.')
  await expect(to).toHaveValue(moscowDay(20))
  await expect(range(page)).not.toHaveText(`1–20 of ${all}`)
})

test('a filter with no matches says so and "Clear filters" brings the history back', async ({ page }) => {
  await openTransactions(page)
  await page.getByLabel('Operation').selectOption({ label: 'Refund' })
  await expect(page.getByText('No transactions match the filters.')).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled()
  await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(rows(page)).toHaveCount(20)
})

test('pages with the buttons and the keyboard', async ({ page }) => {
  await openTransactions(page)
  const all = await total(page)
  const pages = page.getByRole('navigation', { name: 'Pages of transactions' })
  const first = await rows(page).first().textContent()
  await pages.getByRole('button', { name: 'Next' }).click()
  await expect(range(page)).toHaveText(`21–40 of ${all}`)
  await expect(pages.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
  expect(await rows(page).first().textContent()).not.toBe(first)

  const lastPage = Math.ceil(all / 20)
  await pages.getByRole('button', { name: `Page ${lastPage}` }).click()
  await expect(range(page)).toHaveText(`${(lastPage - 1) * 20 + 1}–${all} of ${all}`)
  await expect(pages.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true')

  // The keyboard: "Previous" is reached with Tab and pressed with Enter; the focus stays on it.
  const previous = pages.getByRole('button', { name: 'Previous' })
  await previous.focus()
  await page.keyboard.press('Enter')
  await expect(range(page)).toHaveText(`${(lastPage - 2) * 20 + 1}–${(lastPage - 1) * 20} of ${all}`)
  await expect(previous).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(range(page)).toHaveText(`${(lastPage - 3) * 20 + 1}–${(lastPage - 2) * 20} of ${all}`)
})

async function exportCsv(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

test('"Export CSV" downloads the whole filtered list, with the BOM and the header row', async ({ page }) => {
  await openTransactions(page)
  const all = await total(page)
  const { name, bytes } = await exportCsv(page, page.getByRole('button', { name: 'Export CSV' }))
  expect(name).toMatch(/^transactions-\d{4}-\d{2}-\d{2}\.csv$/)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  const records = text.split('\r\n')
  expect(records[0]).toBe('Date and time (Moscow),Operation,Description,Balance,Service,"Amount, RUB","Of it bonuses, RUB",Status')
  // Every transaction, not only the 20 on screen, and a CRLF after the last one.
  expect(records).toHaveLength(all + 2)
  expect(records.at(-1)).toBe('')
  expect(text).toContain('Pending payment')
  expect(text).toMatch(/,-\d+\.\d{2},/)

  await page.getByLabel('Operation').selectOption({ label: 'Bonus' })
  await expect(range(page)).not.toHaveText(new RegExp(` of ${all}$`))
  const bonuses = await total(page)
  const filtered = (await exportCsv(page, page.getByRole('button', { name: 'Export CSV' }))).bytes.subarray(3).toString('utf8').split('\r\n')
  expect(filtered).toHaveLength(bonuses + 2)
  expect(filtered.slice(1, -1).every((record) => record.split(',')[1] === 'Bonus')).toBe(true)
})

test('in Russian the tab, its words and the CSV headers are Russian', async ({ page }) => {
  await openTransactions(page, ADMIN, 'ru')
  await expect(page.getByRole('tab', { name: 'Операции', selected: true })).toBeVisible()
  await expect(range(page)).toHaveText(/^1–20 из \d+$/)
  await page.getByLabel('Операция').selectOption({ label: 'Пополнение' })
  await expect(page.getByRole('row').filter({ hasText: 'Ожидает оплаты' }).first()).toBeVisible()
  const { name, bytes } = await exportCsv(page, page.getByRole('button', { name: 'Экспорт в CSV' }))
  expect(name).toMatch(/^операции-/)
  const text = bytes.toString('utf8')
  expect(text.startsWith('\uFEFFДата и время (МСК),Операция,Описание,Баланс,Услуга,"Сумма, руб.","В т. ч. бонусами, руб.",Статус\r\n')).toBe(true)
  expect(text).toContain(',Пополнение,')
})

test('a user who is not the main administrator sees the account’s whole history', async ({ page }) => {
  await openTransactions(page, ADMIN)
  const adminTotal = await total(page)
  const adminFirst = await rows(page).first().textContent()
  await page.context().clearCookies()
  await page.evaluate(() => localStorage.removeItem('ccp.token'))
  await openTransactions(page, USER)
  await expect(range(page)).toHaveText(`1–20 of ${adminTotal}`)
  expect(await rows(page).first().textContent()).toBe(adminFirst)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('each transaction is a card with labelled values and the page does not scroll sideways', async ({ page }) => {
    await openTransactions(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    const card = rows(page).first()
    const amount = card.locator('td[data-label="Amount"]')
    await expect(amount).toBeVisible()
    expect(await amount.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Amount"')
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(range(page)).toHaveText(/^21–40 of/)
  })
})

test('axe finds nothing serious in any theme, with a filter and with no matches', async ({ page }) => {
  test.setTimeout(60_000)
  await openTransactions(page)
  for (const theme of THEMES) {
    await useTheme(page, theme)
    await page.getByLabel('Operation').selectOption({ label: 'Top-up' })
    await expect(page.getByRole('row').filter({ hasText: 'Pending payment' }).first()).toBeVisible()
    await expectNoSeriousA11yViolations(page, `filtered, ${theme}`)
    await page.getByLabel('Operation').selectOption({ label: 'Refund' })
    await expect(page.getByText('No transactions match the filters.')).toBeVisible()
    await expectNoSeriousA11yViolations(page, `no matches, ${theme}`)
    await page.getByLabel('Operation').selectOption({ label: 'All operations' })
    await expect(rows(page)).toHaveCount(20)
  }
})
