// The mock mailbox: every email the simulated backend "sends" (low balance, invoice issued,
// document ready, payment credited, service suspended, password changed, new sign-in, two-step
// authentication changed, invitations and requests for a new one) is stored here, per recipient,
// with its subject, text and working links into the panel. Nothing leaves the mock: read it with
// the mock-only `GET /api/v1/__qa/mailbox?to=<email>` (mocks/qa/mailbox.ts; README: "QA endpoints
// (mock only)"), which the QA workbench's "Mailbox" section shows.
//
// A domain sends with `sendMail(db, …)` inside its `updateDb` or settler (the time is the mock
// clock's), usually to `mailTo(db, accountId)`, the account's main administrator(s). Each
// recipient keeps the newest MAILBOX_LIMIT mails, so reminders on a long-advanced clock cannot
// grow the stored data without bound.
import { nowIso } from '../kernel/clock'
import { newId } from '../kernel/ids'
import type { DbMail, DbState } from '../kernel/schema'
import { compareIso } from '../kernel/order'

/** Mails kept per recipient; older ones are dropped as new ones arrive. */
export const MAILBOX_LIMIT = 200

export type MailInput = Omit<DbMail, 'id' | 'sentAt'> & { sentAt?: string }

/** Stores one mail (dated by the mock clock unless `sentAt` says otherwise) and returns it. */
export function sendMail(db: DbState, input: MailInput): DbMail {
  const mail: DbMail = {
    id: newId('mail'),
    to: input.to,
    accountId: input.accountId,
    kind: input.kind,
    subject: input.subject,
    text: input.text,
    links: input.links.map((link) => ({ ...link })),
    sentAt: input.sentAt ?? nowIso(),
  }
  db.mail.push(mail)
  trimMailbox(db, mail.to)
  return mail
}

/** The same mail to each address (e.g. every main administrator of an account). */
export function sendMailToEach(db: DbState, to: readonly string[], input: Omit<MailInput, 'to'>): DbMail[] {
  return to.map((address) => sendMail(db, { ...input, to: address }))
}

/** Who gets the account's billing mail: the addresses of its active main administrators. */
export function mailTo(db: DbState, accountId: string): string[] {
  return db.users.filter((u) => u.accountId === accountId && u.role === 'admin' && u.status === 'active').map((u) => u.email)
}

/** A recipient's mails (every mail without `to`), newest first. */
export function mailboxOf(db: DbState, to?: string | null): DbMail[] {
  const address = to?.toLowerCase()
  return db.mail.filter((m) => !address || m.to.toLowerCase() === address).sort((a, b) => compareIso(b.sentAt, a.sentAt))
}

function trimMailbox(db: DbState, to: string): void {
  const address = to.toLowerCase()
  const theirs = db.mail.filter((m) => m.to.toLowerCase() === address)
  if (theirs.length <= MAILBOX_LIMIT) return
  // The mail is kept in the order it was sent: the first ones are the oldest.
  const dropped = new Set(theirs.slice(0, theirs.length - MAILBOX_LIMIT))
  db.mail = db.mail.filter((m) => !dropped.has(m))
}
