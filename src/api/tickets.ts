import { api } from './client'
import type { Ticket, TicketCreateRequest, TicketListQuery, TicketStatusChange, TicketSummary } from './types'

function queryString(query: TicketListQuery): string {
  const params = new URLSearchParams()
  if (query.status && query.status !== 'all') params.set('status', query.status)
  if (query.q?.trim()) params.set('q', query.q.trim())
  const text = params.toString()
  return text ? `?${text}` : ''
}

const path = (id: string) => `/tickets/${encodeURIComponent(id)}`

export const ticketsApi = {
  list: async (query: TicketListQuery = {}) => (await api.get<{ items: TicketSummary[] }>(`/tickets${queryString(query)}`)).items,
  get: (id: string) => api.get<Ticket>(path(id)),
  create: (request: TicketCreateRequest) => api.post<Ticket>('/tickets', request),
  reply: (id: string, message: string) => api.post<Ticket>(`${path(id)}/messages`, { message }),
  setStatus: (id: string, status: TicketStatusChange['status']) => api.patch<Ticket>(path(id), { status }),
  markRead: (id: string) => api.post<Ticket>(`${path(id)}/read`),
}
