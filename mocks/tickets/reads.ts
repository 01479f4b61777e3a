// Each person's own "New answer" mark: a ticket keeps when every user last read it, so the main
// administrator opening a user's ticket does not clear the mark for that user (and vice versa).
import type { DbTicket } from '../kernel/schema'

/** Whether support has written since `userId` last read the ticket. */
export function isUnreadBy(ticket: DbTicket, userId: string): boolean {
  const readAt = ticket.readAt[userId] ?? ''
  return ticket.messages.some((m) => m.author === 'support' && m.createdAt > readAt)
}

/** Records that `userId` has read the ticket as it is now. */
export function markReadBy(ticket: DbTicket, userId: string, now: string): void {
  // Never earlier than the newest message: a clock behind a message's time must not leave it unread.
  ticket.readAt[userId] = ticket.messages.reduce((latest, m) => (m.createdAt > latest ? m.createdAt : latest), now)
}
