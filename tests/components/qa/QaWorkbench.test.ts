import { describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import QaWorkbench from '@/qa/QaWorkbench.vue'
import { qaApi } from '@/qa/api'
import { mountApp, settle } from '../../helpers/mountApp'

const SECTIONS = ['Persona', 'Network', 'Data', 'Clock', 'Mailbox', 'Two-step codes', 'Share']

function field(wrapper: VueWrapper, label: string) {
  const element = wrapper.findAll('label').find((l) => l.text() === label)
  if (!element) throw new Error(`no field ${label}`)
  return wrapper.get(`#${element.attributes('for')}`)
}

const button = (wrapper: VueWrapper, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text().replace(/\s+/g, ' ') === text)
  if (!found) throw new Error(`no button ${text} in ${wrapper.findAll('button').map((b) => JSON.stringify(b.text())).join(', ')}`)
  return found
}

async function chooseFile(wrapper: VueWrapper, name: string, text: string) {
  const input = field(wrapper, 'Import')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
  await settle()
}

describe('QaWorkbench', () => {
  it('is a labelled panel with every section, its personas grouped by account', async () => {
    const { wrapper } = await mountApp(QaWorkbench, { as: 'business.resident@demo.test' })
    await settle()
    const panel = wrapper.get('[role="dialog"]')
    expect(wrapper.get(`#${panel.attributes('aria-labelledby')}`).text()).toBe('QA workbench')
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(SECTIONS)
    expect(wrapper.text()).toContain('Business account')
    expect(button(wrapper, 'Павел Соколов').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[aria-current="true"]').exists()).toBe(true)
  })

  it('adds a failure rule and removes it again', async () => {
    const { wrapper } = await mountApp(QaWorkbench, { as: 'business.resident@demo.test' })
    await settle()
    await field(wrapper, 'Path pattern').setValue('/tickets*')
    await field(wrapper, 'Answer').setValue('503')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect((await qaApi.network()).rules).toEqual([expect.objectContaining({ method: '*', pattern: '/tickets*', answer: '503', remaining: null })])
    expect(wrapper.text()).toContain('Any /tickets* → 503 Unavailable, Always')

    await wrapper.get('button[aria-label="Remove Any /tickets*"]').trigger('click')
    await settle()
    expect((await qaApi.network()).rules).toEqual([])
    expect(wrapper.text()).toContain('No rules: every request is answered as usual.')
  })

  it('refuses a rule with a bad pattern on its field and saves nothing', async () => {
    const { wrapper } = await mountApp(QaWorkbench, { as: 'business.resident@demo.test' })
    await settle()
    const pattern = field(wrapper, 'Path pattern')
    await pattern.setValue('tickets with spaces')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(pattern.attributes('aria-invalid')).toBe('true')
    const error = wrapper.get(`#${pattern.attributes('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))}`)
    expect(error.attributes('role')).toBe('alert')
    expect(error.text()).toContain('A pattern starts with /')
    expect((await qaApi.network()).rules).toEqual([])
  })

  it('shows why an import was refused and keeps the data', async () => {
    const { wrapper } = await mountApp(QaWorkbench, { as: 'business.resident@demo.test' })
    await settle()
    const before = JSON.stringify(await qaApi.exportData())

    await chooseFile(wrapper, 'notes.json', 'not json at all')
    expect(wrapper.get('[role="alert"]').text()).toContain('notes.json is not a JSON file.')

    await chooseFile(wrapper, 'old.json', JSON.stringify({ version: 1, users: [] }))
    const alert = wrapper.findAll('[role="alert"]').find((a) => a.text().includes('old.json cannot be imported'))
    expect(alert?.text()).toContain('The current data has not changed.')
    expect(field(wrapper, 'Import').attributes('aria-invalid')).toBe('true')
    expect(JSON.stringify(await qaApi.exportData())).toBe(before)
  })
})
