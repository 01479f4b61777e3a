// Refreshes something in the background while a condition holds (a ticket waits for support, a
// request is under review), so the user sees the news without reloading. Skips while the tab is
// hidden and stops when the component goes away.
import { onBeforeUnmount, watch } from 'vue'

export function usePolling(refresh: () => Promise<unknown>, intervalMs: number, active: () => boolean) {
  let timer: ReturnType<typeof setInterval> | undefined
  let busy = false

  async function tick() {
    if (busy || document.hidden) return
    busy = true
    try {
      await refresh()
    } finally {
      busy = false
    }
  }

  function stop() {
    clearInterval(timer)
    timer = undefined
  }

  watch(
    active,
    (on) => {
      if (on && timer === undefined) timer = setInterval(() => void tick(), intervalMs)
      else if (!on) stop()
    },
    { immediate: true },
  )
  onBeforeUnmount(stop)
}
