// Seeded tickets: the business accounts have a few in every state, so the list never opens empty.
import type { DbTicket } from '../kernel/schema'

function ticket(id: string, accountId: string, userId: string, subject: string, status: DbTicket['status'], day: number, question: string, answer?: string): DbTicket {
  const createdAt = `2026-11-${String(day).padStart(2, '0')}T08:30:00.000Z`
  const answeredAt = `2026-11-${String(day).padStart(2, '0')}T09:10:00.000Z`
  const messages: DbTicket['messages'] = [{ id: `${id}-m1`, author: 'customer', authorName: '', text: question, createdAt }]
  if (answer) messages.push({ id: `${id}-m2`, author: 'support', authorName: 'Support', text: answer, createdAt: answeredAt })
  return {
    id,
    accountId,
    userId,
    subject,
    category: 'technical',
    service: null,
    status,
    createdAt,
    updatedAt: answer ? answeredAt : createdAt,
    // Closed tickets were read by whoever opened them; answered ones are new to everybody.
    readAt: status === 'closed' && answer ? { [userId]: answeredAt } : {},
    messages,
  }
}

export function seedTickets(): DbTicket[] {
  return [
    ticket('1001', 'acc-business-res', 'usr-business-res', 'Cloud server does not start after resize', 'answered', 20, 'After resizing the server to 4 vCPU it stays in the "Starting" state.', 'We restarted the hypervisor host; the server is running again. Please check.'),
    ticket('1002', 'acc-business-res', 'usr-business-res', 'Closing documents for October', 'closed', 5, 'Please send the closing documents for October by post.', 'The documents were sent by post, tracking number RA123456785RU.'),
    ticket('1003', 'acc-business-res', 'usr-business-res-user', 'Add a second public IP address', 'open', 26, 'We need one more public IPv4 address for the load balancer.'),
    ticket('1004', 'acc-business-nonres', 'usr-business-nonres', 'Invoice in euros', 'answered', 18, 'Can you issue invoices in EUR?', 'Invoices are issued in rubles; your bank converts the payment.'),
    ticket('1005', 'acc-personal-res', 'usr-personal-res', 'How to set up a backup', 'closed', 3, 'How do I turn on daily backups?', 'Open the server, then Backups, and choose a daily schedule.'),
    ticket('1006', 'acc-sole-res', 'usr-sole-res', 'Domain delegation', 'open', 25, 'The domain has not delegated for two days.'),
    ticket('1007', 'acc-state-res', 'usr-state-res', 'Contract under 44-FZ', 'answered', 12, 'We need a state contract for next year.', 'Please send the draft contract; our lawyers will review it within 3 working days.'),
  ]
}
