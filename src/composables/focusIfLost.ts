// Where focus goes when the control that had it is gone: the row of an ended session, the
// "Turn on" button once two-step authentication is on, a button a dialog returned focus to that
// is now disabled. Without this, focus drops to <body> and a keyboard user starts from the top.
// Checked after the current task, once a closing dialog has handed focus back.
export function focusIfLost(target: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    const active = document.activeElement
    if (!active || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled) target()?.focus()
  }, 0)
}
