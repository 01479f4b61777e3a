// QA's "Mailbox" section (and the README's way to read a mail's link).
//   GET /__qa/mailbox?to=<email> → { items }: that recipient's mails (every mail without `to`), newest first.
import { http } from 'msw'
import { readDb } from '../kernel/db'
import { guarded } from '../kernel/guard'
import { mailboxOf } from '../mailbox/service'
import { QA_PATH } from './path'

export const mailboxHandlers = [
  http.get(
    `${QA_PATH}/mailbox`,
    guarded(({ request }) => {
      const to = new URL(request.url).searchParams.get('to')?.trim()
      return Response.json({ items: mailboxOf(readDb(), to) })
    }),
  ),
]
