import { mount } from '@vue/test-utils'
import { defineComponent, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import UiButton from '@/components/ui/UiButton.vue'

// A form with a busy submit button: pressing it (or Enter in a field) must not send it again.
const FormWithButton = defineComponent({
  components: { UiButton },
  props: { busy: Boolean },
  setup() {
    const sent = ref(0)
    return { sent }
  },
  template: `<form @submit.prevent="sent++"><input aria-label="Name" /><UiButton :busy="busy">Send</UiButton></form>`,
})

describe('UiButton', () => {
  it('sends its form when not busy', async () => {
    const wrapper = mount(FormWithButton, { props: { busy: false }, attachTo: document.body })
    await wrapper.get('button').trigger('click')
    expect(wrapper.vm.sent).toBe(1)
    expect(wrapper.get('button').attributes('aria-disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('stays focusable while busy but does nothing when pressed', async () => {
    const wrapper = mount(FormWithButton, { props: { busy: true }, attachTo: document.body })
    const button = wrapper.get('button')
    expect(button.attributes('aria-disabled')).toBe('true')
    expect(button.attributes('disabled')).toBeUndefined()
    ;(button.element as HTMLButtonElement).focus()
    expect(document.activeElement).toBe(button.element)
    await button.trigger('click')
    expect(wrapper.vm.sent).toBe(0)
    wrapper.unmount()
  })

  it('passes clicks on as its own event only when not busy', async () => {
    let clicks = 0
    const idle = mount(UiButton, { props: { type: 'button', onClick: () => clicks++ }, slots: { default: 'Go' } })
    await idle.get('button').trigger('click')
    const busy = mount(UiButton, { props: { type: 'button', busy: true, onClick: () => clicks++ }, slots: { default: 'Go' } })
    await busy.get('button').trigger('click')
    expect(clicks).toBe(1)
  })
})
