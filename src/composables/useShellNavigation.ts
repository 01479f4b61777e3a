// The shell's navigation state, shared by the header's menu button and the side navigation:
// on a phone or tablet the navigation is a drawer (open / closed, not remembered); on a desktop it
// is a column that can be collapsed to icons (remembered on this browser).
import { computed, ref } from 'vue'

const COLLAPSED_KEY = 'ccp.nav.collapsed'
/** Below this width the navigation is a drawer; keep in step with layout.css. */
export const DRAWER_QUERY = '(max-width: 63.99rem)'
/** Ids of the navigation and of the header's button that opens it as a drawer. */
export const NAV_ID = 'shell-nav'
export const NAV_TOGGLE_ID = 'shell-nav-toggle'

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1'
  } catch {
    return false
  }
}

const drawerOpen = ref(false)
const collapsed = ref(readCollapsed())
const isDrawer = ref(typeof matchMedia === 'function' && matchMedia(DRAWER_QUERY).matches)
let watching = false

function watchViewport() {
  if (watching || typeof matchMedia !== 'function') return
  watching = true
  const query = matchMedia(DRAWER_QUERY)
  query.addEventListener('change', (event) => {
    isDrawer.value = event.matches
    // A drawer left open on a phone must not stay open (and the page inert) on a wide screen.
    if (!event.matches) drawerOpen.value = false
  })
}

export function useShellNavigation() {
  watchViewport()
  return {
    drawerOpen,
    collapsed: computed(() => collapsed.value && !isDrawer.value),
    isDrawer,
    /** The page behind an open drawer is inert (a drawer is modal on a small screen). */
    pageInert: computed(() => isDrawer.value && drawerOpen.value),
    openDrawer: () => (drawerOpen.value = true),
    closeDrawer: () => (drawerOpen.value = false),
    toggleCollapsed() {
      collapsed.value = !collapsed.value
      try {
        localStorage.setItem(COLLAPSED_KEY, collapsed.value ? '1' : '0')
      } catch {
        // No storage: the choice lasts for this tab only.
      }
    },
  }
}
