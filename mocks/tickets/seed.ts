// Seeded tickets: the business accounts have a few in every state, so the list never opens empty.
// Written in the customer's language (Russian for residents of the RF, English for non-residents);
// support answers, and signs, in the language of the ticket.
import type { DbTicket } from '../kernel/schema'
import { languageOf, SUPPORT_NAME } from './supportReplies'

function ticket(id: string, accountId: string, userId: string, subject: string, status: DbTicket['status'], day: number, question: string, answer?: string): DbTicket {
  const createdAt = `2026-11-${String(day).padStart(2, '0')}T08:30:00.000Z`
  const answeredAt = `2026-11-${String(day).padStart(2, '0')}T09:10:00.000Z`
  const messages: DbTicket['messages'] = [{ id: `${id}-m1`, author: 'customer', authorName: '', text: question, createdAt }]
  const result: DbTicket = {
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
  if (answer) messages.push({ id: `${id}-m2`, author: 'support', authorName: SUPPORT_NAME[languageOf(result)], text: answer, createdAt: answeredAt })
  return result
}

export function seedTickets(): DbTicket[] {
  return [
    ticket('1001', 'acc-business-res', 'usr-business-res', 'Облачный сервер не запускается после изменения конфигурации', 'answered', 20, 'После увеличения сервера до 4 vCPU он остаётся в статусе «Запускается».', 'Мы перезапустили хост гипервизора, сервер снова работает. Проверьте, пожалуйста.'),
    ticket('1002', 'acc-business-res', 'usr-business-res', 'Закрывающие документы за октябрь', 'closed', 5, 'Пришлите, пожалуйста, закрывающие документы за октябрь почтой.', 'Документы отправлены Почтой России, трек-номер RA123456785RU.'),
    ticket('1003', 'acc-business-res', 'usr-business-res-user', 'Дополнительный публичный IP-адрес', 'open', 26, 'Нужен ещё один публичный IPv4-адрес для балансировщика нагрузки.'),
    ticket('1004', 'acc-business-nonres', 'usr-business-nonres', 'Invoice in euros', 'answered', 18, 'Can you issue invoices in EUR?', 'Invoices are issued in rubles; your bank converts the payment.'),
    ticket('1005', 'acc-personal-res', 'usr-personal-res', 'Как настроить резервное копирование', 'closed', 3, 'Как включить ежедневное резервное копирование?', 'Откройте сервер, перейдите в раздел «Резервные копии» и выберите ежедневное расписание.'),
    ticket('1006', 'acc-sole-res', 'usr-sole-res', 'Делегирование домена', 'open', 25, 'Домен не делегируется уже два дня.'),
    ticket('1007', 'acc-state-res', 'usr-state-res', 'Контракт по 44-ФЗ', 'answered', 12, 'Нам нужен государственный контракт на следующий год.', 'Пришлите, пожалуйста, проект контракта — юристы рассмотрят его в течение 3 рабочих дней.'),
  ]
}
