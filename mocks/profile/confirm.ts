// The simulated support confirming profile changes. A pending change applies once its `confirmAt`
// has passed; the ticket then gets support's answer and is closed. Closing the ticket before that
// withdraws the change. Registered as a settler of the data (mocks/kernel/db.ts), so it runs on
// every read: the tickets list and the profile agree, after a reload and in every tab.
import type { DbState } from '../kernel/schema'
import { languageOf } from '../tickets/supportReplies'
import { newId } from '../kernel/ids'
import { TICKET_TEXTS } from './labels'

export function confirmDueProfileChanges(db: DbState, now: number): boolean {
  let changed = false
  for (const account of db.accounts) {
    const pending = account.pendingChanges ?? []
    if (!pending.length) continue
    const confirmedTickets = new Set<string>()
    const remaining = pending.filter((change) => {
      const ticket = db.tickets.find((t) => t.id === change.ticketId)
      const owner = change.userId === null ? null : db.users.find((u) => u.id === change.userId)
      // Withdrawn: the customer closed the ticket, or the user who asked is gone.
      if (!ticket || ticket.status === 'closed' || owner === undefined) {
        if (owner) owner.contactVersion = (owner.contactVersion ?? 1) + 1
        else if (owner === null) account.profileVersion += 1
        return false
      }
      if (Date.parse(change.confirmAt) > now) return true
      if (owner) {
        owner.contact = { ...owner.contact, [change.field]: change.newValue }
        owner.contactVersion = (owner.contactVersion ?? 1) + 1
      } else {
        account.profile[change.field] = change.newValue
        account.profileVersion += 1
      }
      confirmedTickets.add(ticket.id)
      return false
    })
    if (remaining.length === pending.length) continue
    changed = true
    account.pendingChanges = remaining
    for (const ticketId of confirmedTickets) {
      if (remaining.some((change) => change.ticketId === ticketId)) continue
      const ticket = db.tickets.find((t) => t.id === ticketId)!
      // Support confirms in the language the ticket was written in.
      const texts = TICKET_TEXTS[languageOf(ticket)]
      const at = new Date(now).toISOString()
      ticket.messages.push({ id: newId('msg'), author: 'support', authorName: texts.support, text: texts.confirmed, createdAt: at })
      ticket.status = 'closed'
      ticket.updatedAt = at
    }
  }
  return changed
}
