// Whether the context help panel is open. Any page can open it ("Context help", the header's help
// button); it shows the help of the route the user is on.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useHelpStore = defineStore('help', () => {
  const isOpen = ref(false)
  const open = () => (isOpen.value = true)
  const close = () => (isOpen.value = false)
  return { isOpen, open, close }
})
