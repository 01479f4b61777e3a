// Schemas of the ticket forms (create, reply) and of the status change. The mock API validates
// requests with the same schemas, so the server refuses exactly what the form refuses.
import { mixed, object, string } from 'yup'
import type { TicketCategory } from '@/api/types'

export const TICKET_CATEGORIES: TicketCategory[] = ['technical', 'billing', 'profile', 'services-transfer', 'other']

/** Kinds of service a ticket can be about ("Related service", optional). */
export const TICKET_SERVICES = ['cloud-servers', 'dedicated-servers', 'object-storage', 'databases', 'kubernetes', 'domains-dns'] as const
export type TicketService = (typeof TICKET_SERVICES)[number]

export const TICKET_SUBJECT = { min: 5, max: 120 } as const
export const TICKET_MESSAGE = { min: 10, max: 5000 } as const
export const TICKET_REPLY_MAX = 5000

export const ticketCreateSchema = object({
  subject: string()
    .trim()
    .required('validation.ticket.subjectRequired')
    .min(TICKET_SUBJECT.min, 'validation.ticket.subjectLength')
    .max(TICKET_SUBJECT.max, 'validation.ticket.subjectLength'),
  category: string<TicketCategory>().required('validation.ticket.categoryRequired').oneOf(TICKET_CATEGORIES, 'validation.ticket.categoryRequired'),
  // '' from the form's "Not related to a service" means none.
  service: string()
    .nullable()
    .transform((value: string | null) => (value ? value : null))
    .oneOf([...TICKET_SERVICES, null], 'validation.oneOf')
    .default(null),
  message: string()
    .trim()
    .required('validation.ticket.messageRequired')
    .min(TICKET_MESSAGE.min, 'validation.ticket.messageLength')
    .max(TICKET_MESSAGE.max, 'validation.ticket.messageLength'),
})

export const ticketReplySchema = object({
  message: string().trim().required('validation.ticket.replyRequired').max(TICKET_REPLY_MAX, 'validation.ticket.replyLength'),
})

export const ticketStatusChangeSchema = object({
  status: mixed<'open' | 'closed'>().required('validation.required').oneOf(['open', 'closed'], 'validation.oneOf'),
})
