// Tickets: the list (filtered by the saved filter the page passes in) and the open ticket with
// its thread. Actions that change a ticket return the server's copy, which replaces ours.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ticketsApi } from '@/api/tickets'
import type { Ticket, TicketCreateRequest, TicketListQuery, TicketSummary } from '@/api/types'

export const useTicketsStore = defineStore('tickets', () => {
  const items = ref<TicketSummary[]>([])
  const listLoaded = ref(false)
  const listLoading = ref(false)
  const listError = ref<unknown>(null)
  // Only the newest list request may fill the list (filters change faster than answers arrive).
  let listCall = 0

  async function loadList(query: TicketListQuery) {
    const call = ++listCall
    listLoading.value = true
    listError.value = null
    try {
      const result = await ticketsApi.list(query)
      if (call !== listCall) return
      items.value = result
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
    if (index >= 0) items.value[index] = { ...ticket }
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

  return { items, listLoaded, listLoading, listError, loadList, current, currentLoading, currentError, lastCreatedId, replyDrafts, loadTicket, create, reply, setStatus, markRead }
})
