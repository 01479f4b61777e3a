// Notices for the whole panel that are not about one form: e.g. the demo data had to be reset.
// Shown by LayoutNotices at the top of every page until dismissed; a success notice (the
// confirmation of something done on the page before) also goes when the user moves on from the
// page it was shown on.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Notice {
  id: number
  /** i18n key of the text. */
  messageKey: string
  /** Its named parameters (e.g. a server's name). */
  params?: Record<string, string>
  /** 'warning' (the default) for trouble; 'success' for the confirmation of something done elsewhere. */
  tone?: 'warning' | 'success'
  /** Page changes since it was added. */
  navigations: number
}

export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function add(messageKey: string, options: Pick<Notice, 'params' | 'tone'> = {}): void {
    const same = (n: Notice) => n.messageKey === messageKey && JSON.stringify(n.params) === JSON.stringify(options.params)
    if (notices.value.some(same)) return
    notices.value.push({ id: nextId++, messageKey, ...options, navigations: 0 })
  }

  /** The page changed: a success notice is for the page it led to, not for the ones after it. */
  function pageChanged(): void {
    notices.value = notices.value.filter((n) => n.tone !== 'success' || n.navigations < 1).map((n) => ({ ...n, navigations: n.navigations + 1 }))
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  return { notices, add, dismiss, pageChanged }
})
