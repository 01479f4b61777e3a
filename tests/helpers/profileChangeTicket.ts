// A confirmation ticket as the Profile tab's API files it (category "profile", the old and new
// values, no `awaitingReply` flag), put straight into the mock data for the support tests.
import { updateDb } from '@mocks/kernel/db'
import type { DbTicket } from '@mocks/kernel/schema'

export function addProfileChangeTicket(profileChange: DbTicket['profileChange'], text = 'Please confirm the change.'): string {
  const at = new Date().toISOString()
  const id = '2001'
  updateDb((db) => {
    db.tickets.push({
      id,
      accountId: 'acc-business-res',
      userId: 'usr-business-res',
      subject: 'Confirm the change of profile data',
      category: 'profile',
      service: null,
      status: 'open',
      createdAt: at,
      updatedAt: at,
      readAt: {},
      messages: [{ id: 'm1', author: 'customer', authorName: 'Елена Смирнова', text, createdAt: at }],
      profileChange,
    })
  })
  return id
}
