import { api } from './client'
import type { Ticket, TicketCreateRequest, TicketListQuery, TicketPage, TicketStatusChange } from './types'

function queryString(query: TicketListQuery): string {
  const params = new URLSearchParams()
  if (query.status && query.status !== 'all') params.set('status', query.status)
  if (query.q?.trim()) params.set('q', query.q.trim())
  if (query.limit !== undefined) params.set('limit', String(query.limit))
  if (query.offset) params.set('offset', String(query.offset))
  const text = params.toString()
  return text ? `?${text}` : ''
}

const path = (id: string) => `/tickets/${encodeURIComponent(id)}`

export const ticketsApi = {
  /** One page of the list (newest activity first), with how many match and how many are unread. */
  page: (query: TicketListQuery = {}) => api.get<TicketPage>(`/tickets${queryString(query)}`),
  /** The tickets of one page (the first, by default), for when only the rows matter. */
  list: async (query: TicketListQuery = {}) => (await api.get<TicketPage>(`/tickets${queryString(query)}`)).items,
  get: (id: string) => api.get<Ticket>(path(id)),
  create: (request: TicketCreateRequest) => api.post<Ticket>('/tickets', request),
  reply: (id: string, message: string) => api.post<Ticket>(`${path(id)}/messages`, { message }),
  setStatus: (id: string, status: TicketStatusChange['status']) => api.patch<Ticket>(path(id), { status }),
  markRead: (id: string) => api.post<Ticket>(`${path(id)}/read`),
}
