// Notices for the whole panel that are not about one form: e.g. the demo data had to be reset.
// Shown by LayoutNotices at the top of every page until dismissed.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Notice {
  id: number
  /** i18n key of the text. */
  messageKey: string
}

export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function add(messageKey: string): void {
    if (notices.value.some((n) => n.messageKey === messageKey)) return
    notices.value.push({ id: nextId++, messageKey })
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  return { notices, add, dismiss }
})
