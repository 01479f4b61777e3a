// Tickets: the page of the list the page shows (filtered by the saved filter the page passes in,
// paged by the API) and the open ticket with its thread. Actions that change a ticket return the
// server's copy, which replaces ours.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ticketsApi } from '@/api/tickets'
import type { Ticket, TicketCreateRequest, TicketListQuery, TicketSummary } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'

export const TICKETS_PAGE_SIZE = 20

/** The list's filter: a status (or 'all') and words of the subject. */
export interface TicketListFilter {
  status: NonNullable<TicketListQuery['status']>
  q: string
}

function queryOf(filter: TicketListFilter, offset: number): TicketListQuery {
  return { status: filter.status, q: filter.q.trim(), limit: TICKETS_PAGE_SIZE, offset }
}

const listKey = (query: TicketListQuery) => `tickets.list ${JSON.stringify([query.status, query.q, query.offset])}`

/** From the router: the first page for `filter` starts loading with the page's code; loadList joins it. */
export function prefetchTicketList(filter: TicketListFilter): void {
  const query = queryOf(filter, 0)
  startEarly(listKey(query), () => ticketsApi.page(query))
}

export const useTicketsStore = defineStore('tickets', () => {
  /** The page shown. */
  const items = ref<TicketSummary[]>([])
  /** How many match, and how many of them are unread, on every page. */
  const total = ref(0)
  const unreadTotal = ref(0)
  const offset = ref(0)
  const listLoaded = ref(false)
  const listLoading = ref(false)
  const listError = ref<unknown>(null)
  // Only the newest list request may fill the list (filters change faster than answers arrive).
  let listCall = 0

  async function loadList(filter: TicketListFilter, from = 0): Promise<void> {
    const call = ++listCall
    listLoading.value = true
    listError.value = null
    try {
      const query = queryOf(filter, from)
      const result = await joinEarly(listKey(query), () => ticketsApi.page(query))
      if (call !== listCall) return
      // A page past the end (tickets went away meanwhile): show the last one instead.
      if (result.items.length === 0 && result.total > 0 && from > 0) {
        return await loadList(filter, Math.floor((result.total - 1) / TICKETS_PAGE_SIZE) * TICKETS_PAGE_SIZE)
      }
      items.value = result.items
      total.value = result.total
      unreadTotal.value = result.unread
      offset.value = result.offset
      listLoaded.value = true
    } catch (error) {
      if (call === listCall) listError.value = error
    } finally {
      if (call === listCall) listLoading.value = false
    }
  }

  const current = ref<Ticket | null>(null)
  const currentLoading = ref(false)
  const currentError = ref<unknown>(null)
  /** The ticket just created here, so its page can say so. */
  const lastCreatedId = ref<string | null>(null)
  // A background refresh must not overwrite the result of a reply or close sent after it started.
  let ticketVersion = 0

  function accept(ticket: Ticket) {
    ticketVersion++
    current.value = ticket
    const index = items.value.findIndex((t) => t.id === ticket.id)
    if (index < 0) return
    // The count of unread ones follows a ticket of the page read (or answered) here.
    unreadTotal.value = Math.max(0, unreadTotal.value + Number(ticket.unread) - Number(items.value[index]!.unread))
    items.value[index] = { ...ticket }
  }

  /** Loads a ticket; `quiet` is the page's background refresh (no spinner, errors ignored). */
  async function loadTicket(id: string, { quiet = false } = {}) {
    const version = ticketVersion
    if (!quiet) {
      currentLoading.value = true
      currentError.value = null
      if (current.value?.id !== id) current.value = null
    }
    try {
      const ticket = await ticketsApi.get(id)
      if (version === ticketVersion) accept(ticket)
    } catch (error) {
      if (!quiet) currentError.value = error
    } finally {
      if (!quiet) currentLoading.value = false
    }
  }

  async function create(request: TicketCreateRequest): Promise<Ticket> {
    const ticket = await ticketsApi.create(request)
    accept(ticket)
    lastCreatedId.value = ticket.id
    return ticket
  }

  async function reply(id: string, message: string) {
    ticketVersion++
    accept(await ticketsApi.reply(id, message))
  }

  async function setStatus(id: string, status: 'open' | 'closed') {
    ticketVersion++
    accept(await ticketsApi.setStatus(id, status))
  }

  /** Replies being written, by ticket: kept if the form goes away (ticket closed elsewhere, another page). */
  const replyDrafts = ref<Record<string, string>>({})

  /** The user is looking at the answers: they are no longer unread. */
  async function markRead(id: string) {
    try {
      accept(await ticketsApi.markRead(id))
    } catch {
      // Not worth an error message: the ticket stays marked and is marked read next time.
    }
  }

  return { items, total, unreadTotal, offset, listLoaded, listLoading, listError, loadList, current, currentLoading, currentError, lastCreatedId, replyDrafts, loadTicket, create, reply, setStatus, markRead }
})
