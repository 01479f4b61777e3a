import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@mocks/node'
import { problem } from '@mocks/kernel/problems'
import { profileApi } from '@/api/profile'
import { updateDb } from '@mocks/kernel/db'
import ProfileTabView from '@/views/ProfileTabView.vue'
import { mountApp, settle } from '../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const button = (wrapper: Wrapper, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button ${name}`)
  return found
}

/** The input labelled `label` (labels are <label for>). */
const input = (wrapper: Wrapper, label: string) => {
  const element = wrapper.findAll('label').find((l) => l.text() === label)
  if (!element) throw new Error(`no field ${label}`)
  return wrapper.get(`#${CSS.escape(element.attributes('for')!)}`)
}

/** A field that can never be changed: shown as text in a group named by its label (no input). */
const lockedField = (wrapper: Wrapper, label: string) => {
  const group = wrapper.findAll('[role="group"][aria-labelledby]').find((g) => g.get(`#${CSS.escape(g.attributes('aria-labelledby')!)}`).text() === label)
  if (!group) throw new Error(`no locked field ${label}`)
  return group
}
const described = (wrapper: Wrapper, element: ReturnType<Wrapper['get']>) =>
  element
    .attributes('aria-describedby')!
    .split(' ')
    .map((id) => wrapper.get(`#${CSS.escape(id)}`).text())
    .join(' ')

const terms = (wrapper: Wrapper) => wrapper.findAll('dt').map((dt) => dt.text())

async function openForm(wrapper: Wrapper) {
  await button(wrapper, 'Change').trigger('click')
  await settle()
}

async function save(wrapper: Wrapper) {
  await wrapper.get('form').trigger('submit')
  await settle()
}

describe('ProfileTabView', () => {
  it('shows the matrix fields of a resident Business account in groups, formatted, with the discount', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Company information', 'Bank details', 'Addresses', 'Contact details', 'Original billing documents'])
    expect(terms(wrapper)).toEqual(['Company name', 'INN', 'KPP', 'PSRN', 'Authorized person', 'Position', 'Authorized by', 'BIC', 'Bank', 'Correspondent account', 'Settlement account', 'Actual address', 'Legal address', 'Phone', 'Fax', 'Contact person', 'Email', 'Phone number'])
    expect(wrapper.text()).toContain('40702 810 1 0230 0012785')
    expect(wrapper.text()).toContain('+7 903 555-12-34')
    expect(wrapper.text()).toContain('Personal discount')
    expect(wrapper.text()).toContain('10%')
    const fax = wrapper.findAll('dt').find((dt) => dt.text() === 'Fax')!
    expect(fax.element.nextElementSibling?.textContent).toBe('Not specified')
  })

  it('formats dates and passport numbers per locale for a Personal account in Russian', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'personal.resident@demo.test', locale: 'ru' })
    expect(terms(wrapper)).toEqual(['ФИО', 'Дата рождения', 'Место рождения', 'Серия и номер паспорта', 'Кем выдан паспорт', 'Дата выдачи паспорта', 'Адрес', 'Электронная почта', 'Номер телефона'])
    expect(wrapper.text()).toContain('2 марта 1985 г.')
    expect(wrapper.text()).toContain('45 09 235857')
  })

  it('applies a value typed into an empty field at once', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    // The summary appears in a live region that was already on the page, so it is read out.
    const liveRegion = wrapper.get('.profile-tab__announcer[role="status"]').element
    await openForm(wrapper)
    await input(wrapper, 'Fax').setValue('8 (812) 333-44-56')
    await save(wrapper)
    expect(wrapper.get('.profile-tab__announcer').element).toBe(liveRegion)
    expect(liveRegion.textContent).toContain('Applied at once: Fax.')
    expect(wrapper.text()).toContain('+7 812 333-44-56')
  })

  it('prefills the form as people write the values, and saving it unchanged changes nothing', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    expect((input(wrapper, 'Phone').element as HTMLInputElement).value).toBe('+7 812 333-44-55')
    expect((input(wrapper, 'Settlement account').element as HTMLInputElement).value).toBe('40702 810 1 0230 0012785')
    await save(wrapper)
    expect(wrapper.text()).toContain('Nothing has changed.')
  })

  it('shows a changed value as pending with a link to its confirmation ticket', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    await input(wrapper, 'Phone number').setValue('+7 903 555-00-00')
    await save(wrapper)
    expect(wrapper.text()).toContain('Waiting for support to confirm: Phone number.')
    expect(wrapper.text()).toContain('Waiting for confirmation: +7 903 555-00-00.')
    const links = wrapper.findAll('a').filter((a) => a.text().startsWith('Ticket #'))
    expect(links.length).toBe(2)
    expect(links[0]!.attributes('href')).toMatch(/^\/tickets\/\d+$/)
    // The save summary and the pending note point to the same ticket.
    expect(links[1]!.attributes('href')).toBe(links[0]!.attributes('href'))
    // The same field cannot be changed again meanwhile.
    await openForm(wrapper)
    expect(input(wrapper, 'Phone number').attributes('readonly')).toBeDefined()
  })

  it('refuses a bad value in the form with the field’s message, without calling the API', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    const patch = vi.fn()
    server.events.on('request:start', ({ request }) => request.method === 'PATCH' && patch())
    await openForm(wrapper)
    await input(wrapper, 'KPP').setValue('78100100')
    await save(wrapper)
    expect(input(wrapper, 'KPP').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Enter the 9 characters of the KPP')
    expect(patch).not.toHaveBeenCalled()
    server.events.removeAllListeners()
  })

  it('shows the API’s field errors on the right fields and keeps what was typed', async () => {
    server.use(http.patch('*/api/v1/profile', () => problem(422, 'validation.failed', { errors: { bank: 'validation.tooLong' } })))
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    await input(wrapper, 'Bank').setValue('A very long bank')
    await save(wrapper)
    expect(input(wrapper, 'Bank').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('This value is too long.')
    expect((input(wrapper, 'Bank').element as HTMLInputElement).value).toBe('A very long bank')
  })

  it('keeps every typed value when the save fails', async () => {
    server.use(http.patch('*/api/v1/profile', () => problem(503, 'server.unavailable')))
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    await input(wrapper, 'Position').setValue('CEO')
    await input(wrapper, 'Fax').setValue('+78123334456')
    await save(wrapper)
    expect(wrapper.find('[role="alert"]').text()).toContain('The service is temporarily unavailable')
    expect((input(wrapper, 'Position').element as HTMLInputElement).value).toBe('CEO')
    expect((input(wrapper, 'Fax').element as HTMLInputElement).value).toBe('+78123334456')
  })

  it('on a stale version offers to reload, keeping what was typed', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    await input(wrapper, 'Position').setValue('CEO')
    // Another tab changes the profile meanwhile.
    updateDb((db) => {
      db.accounts.find((a) => a.id === 'acc-business-res')!.profileVersion += 1
    })
    await save(wrapper)
    expect(wrapper.text()).toContain('The profile was changed in another tab')
    await button(wrapper, 'Reload data').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('The current data is loaded and your typed values are kept.')
    expect((input(wrapper, 'Position').element as HTMLInputElement).value).toBe('CEO')
    await save(wrapper)
    expect(wrapper.text()).toContain('Waiting for support to confirm: Position.')
  })

  it('after a reload says which typed values it could not keep, because their field became pending', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    await input(wrapper, 'Position').setValue('CEO')
    // Another tab changes the Position meanwhile: that change now waits for confirmation.
    await profileApi.update({ position: 'Director general' }, (await profileApi.get()).etag)
    await save(wrapper)
    await button(wrapper, 'Reload data').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('These values could not be kept')
    expect(wrapper.text()).toContain('Position: “CEO”')
  })

  it('shows a locked INN as text (not an input) with its reason and the way out', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    expect(wrapper.findAll('label').some((l) => l.text() === 'INN')).toBe(false)
    const inn = lockedField(wrapper, 'INN')
    expect(inn.find('input').exists()).toBe(false)
    expect(inn.text()).toMatch(/\d{10}/) // the seeded INN, as text
    expect(inn.find('svg').exists()).toBe(true) // the lock
    expect(described(wrapper, inn)).toContain('Cannot be changed. The INN identifies the party to the contract.')
    const explanation = wrapper.get(`#${CSS.escape(inn.attributes('aria-describedby')!.split(' ').at(-1)!)}`)
    expect(explanation.text()).toContain('A contract cannot be renewed')
    expect(explanation.get('a').attributes('href')).toBe('/tickets/new?topic=transfer')
  })

  it.each([
    ['business.resident@demo.test', ['INN'], ['VATIN', 'full name']],
    ['business.nonresident@demo.test', ['VATIN'], ['INN', 'full name']],
    ['personal.resident@demo.test', ['full name'], ['INN', 'VATIN']],
  ])('tells %s why only its own locked fields cannot be changed', async (as, named, absent) => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as })
    await openForm(wrapper)
    const explanation = wrapper.get('.profile-locked').text()
    for (const word of named) expect(explanation).toContain(word)
    for (const word of absent) expect(explanation).not.toContain(word)
  })

  it('discards the changes on Cancel', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    await input(wrapper, 'Position').setValue('CEO')
    await button(wrapper, 'Cancel').trigger('click')
    await settle()
    expect(wrapper.find('form.profile-edit').exists()).toBe(false)
    expect(wrapper.text()).toContain('Генеральный директор')
    await openForm(wrapper)
    expect((input(wrapper, 'Position').element as HTMLInputElement).value).toBe('Генеральный директор')
  })

  it('says when the profile cannot be loaded and loads it on Try again', async () => {
    let failures = 1
    server.use(http.get('*/api/v1/profile', () => (failures-- > 0 ? problem(503, 'server.unavailable') : undefined)))
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    expect(wrapper.get('[role="alert"]').text()).toContain('Could not load the profile.')
    expect(wrapper.find('dl').exists()).toBe(false)
    await button(wrapper, 'Try again').trigger('click')
    await settle()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(terms(wrapper)).toContain('Company name')
  })

  it('returns focus to Change after Cancel and after Save', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    expect(document.activeElement?.textContent).toBe('Edit profile')
    await button(wrapper, 'Cancel').trigger('click')
    await settle()
    expect(document.activeElement).toBe(button(wrapper, 'Change').element)
    await openForm(wrapper)
    await input(wrapper, 'Fax').setValue('+78123334456')
    await save(wrapper)
    expect(document.activeElement).toBe(button(wrapper, 'Change').element)
  })

  it('lets an empty INN be entered once, saying it cannot be changed afterwards', async () => {
    updateDb((db) => {
      db.accounts.find((a) => a.id === 'acc-business-res')!.profile.inn = ''
    })
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'business.resident@demo.test' })
    await openForm(wrapper)
    const inn = input(wrapper, 'INN')
    expect(inn.attributes('readonly')).toBeUndefined()
    const hint = wrapper.get(`#${CSS.escape(inn.attributes('aria-describedby')!.split(' ')[0]!)}`)
    expect(hint.text()).toBe('Can be entered once: after it is saved, it can never be changed.')
    await inn.setValue('7707083893')
    await save(wrapper)
    expect(wrapper.text()).toContain('Applied at once: INN.')
    await openForm(wrapper)
    expect(lockedField(wrapper, 'INN').text()).toContain('7707083893')
    expect(wrapper.findAll('label').some((l) => l.text() === 'INN')).toBe(false)
  })

  it('gives a user the company information read-only and a form for their own contact details only', async () => {
    const { wrapper } = await mountApp(ProfileTabView, { route: '/profile', as: 'user.business.resident@demo.test' })
    expect(wrapper.text()).toContain('Read-only: only the main administrator of the account can change company information.')
    expect(wrapper.text()).toContain('Your contact details')
    expect(wrapper.text()).not.toContain('Original billing documents')
    expect(wrapper.text()).not.toContain('GDPR')
    await openForm(wrapper)
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual(['Your contact details'])
    expect(wrapper.findAll('form.profile-edit label').map((l) => l.text())).toEqual(['Phone', 'Fax', 'Contact person', 'Email', 'Phone number'])
  })
})
