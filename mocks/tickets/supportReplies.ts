// The simulated support team: a ticket that waits for support gets an answer once the delay has
// passed since the customer's last action (created, replied, reopened). Computed when the tickets
// are read, never on a timer, so the answer is there after a reload and tests move the clock.
import { DELAYS_MS } from '../kernel/qaSettings'
import { newId } from '../kernel/ids'
import type { DbTicket } from '../kernel/schema'

type Language = 'en' | 'ru'
type ReplyKind = 'technical' | 'billing' | 'profile' | 'services-transfer' | 'other' | 'followUp' | 'reopened'

const REPLIES: Record<Language, Record<ReplyKind, string>> = {
  en: {
    technical:
      'Hello! We have received your ticket and passed it to the engineers on duty. We are looking into it and will write here as soon as we know more, usually within an hour. If anything changes in the meantime, add the details to this thread.',
    billing: 'Hello! Thank you for your question about payments and documents. The billing team has taken the ticket and will answer in this thread within one working day.',
    profile:
      'Hello! We have received the request to change the profile data. A specialist will check it against the documents of the account; the change applies once it is confirmed here. If we need a document, we will ask for it in this thread.',
    'services-transfer':
      'Hello! We have received the request to transfer services. Please make sure the ticket gives the email of the receiving account and the list of services: we will ask the receiving account to confirm the transfer. The services keep running while they are transferred.',
    other: 'Hello! Thank you for contacting us. We have received your ticket and will answer in this thread shortly.',
    followUp: 'Thank you for the details. We have added them to the ticket and will answer here shortly.',
    reopened: 'We have reopened the ticket. Tell us what is still not solved, and we will continue in this thread.',
  },
  ru: {
    technical:
      'Здравствуйте! Мы получили ваш тикет и передали его дежурным инженерам. Разбираемся и напишем здесь, как только что-то выясним, — обычно в течение часа. Если что-то изменится, добавьте подробности в эту переписку.',
    billing: 'Здравствуйте! Спасибо за вопрос об оплате и документах. Финансовый отдел взял тикет в работу и ответит в этой переписке в течение рабочего дня.',
    profile:
      'Здравствуйте! Мы получили запрос на изменение данных профиля. Специалист сверит его с документами аккаунта; изменения вступят в силу после подтверждения в этом тикете. Если понадобится документ, мы попросим его здесь.',
    'services-transfer':
      'Здравствуйте! Мы получили запрос на перенос услуг. Проверьте, что в тикете указаны почта принимающего аккаунта и список услуг: мы попросим принимающий аккаунт подтвердить перенос. Во время переноса услуги продолжают работать.',
    other: 'Здравствуйте! Спасибо за обращение. Мы получили ваш тикет и скоро ответим в этой переписке.',
    followUp: 'Спасибо за подробности. Мы добавили их к тикету и скоро ответим здесь.',
    reopened: 'Мы снова открыли тикет. Расскажите, что осталось нерешённым, — продолжим в этой переписке.',
  },
}

/** How support signs its answers, in the ticket's language. */
export const SUPPORT_NAME: Record<Language, string> = { en: 'Support', ru: 'Поддержка' }

/** Support answers in the ticket's language: the one it was filed in, else the one the customer wrote in. */
export function languageOf(ticket: DbTicket): Language {
  if (ticket.language) return ticket.language
  const customerText = [ticket.subject, ...ticket.messages.filter((m) => m.author === 'customer').map((m) => m.text)].join(' ')
  return /[а-яё]/i.test(customerText) ? 'ru' : 'en'
}

function replyKind(ticket: DbTicket): ReplyKind {
  const last = ticket.messages[ticket.messages.length - 1]
  if (!ticket.messages.some((m) => m.author === 'support')) {
    return ticket.category in REPLIES.en ? (ticket.category as ReplyKind) : 'other'
  }
  // The customer's newest action was reopening the ticket, not writing to it.
  return last?.author === 'support' ? 'reopened' : 'followUp'
}

/** Whether support still owes this ticket an answer. */
export function isAwaitingReply(ticket: DbTicket): boolean {
  if (ticket.status === 'closed') return false
  if (ticket.awaitingReply !== undefined) return ticket.awaitingReply
  // Tickets other features create (profile change confirmations) without the flag: answer them too.
  return ticket.category === 'profile' && !ticket.messages.some((m) => m.author === 'support')
}

/** Adds the support answers that are due by `now`. Returns whether any ticket changed. */
export function deliverDueReplies(tickets: DbTicket[], now: number): boolean {
  let changed = false
  const delay = DELAYS_MS.supportReply
  for (const ticket of tickets) {
    if (!isAwaitingReply(ticket)) continue
    const dueAt = Date.parse(ticket.updatedAt) + delay
    if (Number.isNaN(dueAt) || now < dueAt) continue
    const language = languageOf(ticket)
    const at = new Date(dueAt).toISOString()
    ticket.messages.push({ id: newId('msg'), author: 'support', authorName: SUPPORT_NAME[language], text: REPLIES[language][replyKind(ticket)], createdAt: at })
    ticket.status = 'answered'
    ticket.updatedAt = at
    ticket.awaitingReply = false
    changed = true
  }
  return changed
}
