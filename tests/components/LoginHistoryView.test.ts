import { describe, expect, it, vi } from 'vitest'
import LoginHistoryView from '@/views/LoginHistoryView.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
const ADMIN = 'business.resident@demo.test'
const USER = 'user.business.resident@demo.test'

const headers = (wrapper: Wrapper) => wrapper.findAll('th[scope="col"]').map((th) => th.text())
const userCells = (wrapper: Wrapper) => wrapper.findAll('td[data-label="User"]').map((td) => td.text())
const select = (wrapper: Wrapper) => wrapper.find('select')

describe('LoginHistoryView', () => {
  it('shows the main administrator every user of the account, with a filter by user kept in the URL', async () => {
    const { wrapper, router } = await mountApp(LoginHistoryView, { route: '/profile/security/login-history', as: ADMIN })
    expect(headers(wrapper)).toEqual(['Date and time (Moscow)', 'User', 'IP address', 'Location', 'Device and browser', 'Result'])
    const everyone = new Set(userCells(wrapper).map((text) => (text.includes(USER) ? USER : text.includes(ADMIN) ? ADMIN : text)))
    expect(everyone).toEqual(new Set([ADMIN, USER]))

    const userOption = select(wrapper).findAll('option').find((o) => o.text().includes(USER))!
    await select(wrapper).setValue(userOption.attributes('value'))
    await settle()
    expect(router.currentRoute.value.query.user).toBe(userOption.attributes('value'))
    await vi.waitFor(() => expect(userCells(wrapper).length).toBeGreaterThan(0))
    expect(userCells(wrapper).every((text) => text.includes(USER))).toBe(true)

    // A reload (a new page on the same URL) keeps the filter.
    const reloaded = await mountApp(LoginHistoryView, { route: router.currentRoute.value.fullPath, as: ADMIN })
    expect((select(reloaded.wrapper).element as HTMLSelectElement).value).toBe(userOption.attributes('value'))
    expect(userCells(reloaded.wrapper).every((text) => text.includes(USER))).toBe(true)
  })

  it('shows a user only their own attempts, with no user column and no filter', async () => {
    const { wrapper } = await mountApp(LoginHistoryView, { route: '/profile/security/login-history', as: USER })
    expect(headers(wrapper)).toEqual(['Date and time (Moscow)', 'IP address', 'Location', 'Device and browser', 'Result'])
    expect(select(wrapper).exists()).toBe(false)
    expect(wrapper.findAll('tbody tr').length).toBeGreaterThan(0)
    // The login of this test is the newest attempt, in the user's words.
    expect(wrapper.find('tbody tr td[data-label="Result"]').text()).toBe('Success')
  })
})
