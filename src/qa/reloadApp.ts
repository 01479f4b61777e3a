// After the workbench changed the mock's data, clock or session, every store holds stale copies:
// the page starts afresh (on `path`, else where it is), with the panel open again.
export const OPEN_KEY = 'ccp.qa.open'

export function reloadApp(path?: string): void {
  try {
    sessionStorage.setItem(OPEN_KEY, '1')
  } catch {
    // No storage: the panel stays closed after the reload.
  }
  if (path) window.location.assign(new URL(path.replace(/^\//, ''), new URL(import.meta.env.BASE_URL, window.location.origin)).href)
  else window.location.reload()
}

/** Whether the panel was open before the workbench reloaded the page (asked once). */
export function takeReopen(): boolean {
  try {
    const open = sessionStorage.getItem(OPEN_KEY) === '1'
    sessionStorage.removeItem(OPEN_KEY)
    return open
  } catch {
    return false
  }
}
