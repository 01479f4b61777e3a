// Billing documents: the list (by year and type), one document with its whole content (the client
// draws its PDF), and a reconciliation act for a period. The main administrator's only.
import type { BillingDocumentType, ReconciliationActRequest } from '@/api/types'
import { http } from '../kernel/api'
import { withAdmin } from '../kernel/auth'
import { now, nowIso } from '../kernel/clock'
import { registerDbSettler, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import { mailTo, sendMailToEach } from '../mailbox/service'
import { buildReconciliationAct, hasClosingDocuments, isoDay, nextActSequence } from './documents'
import { documentLanguage } from './parties'
import { documentsOf, listOf, settleBillingDocuments, toWire } from './service'
import { documentTexts } from './texts'

registerDbSettler((db, at) => settleBillingDocuments(db, at))

export const billingDocumentsHandlers = [
  http.get(
    '/billing/documents',
    withAdmin(({ response, request, ctx }) => {
      const params = new URL(request.url).searchParams
      const filters = { year: params.get('year') ?? undefined, type: (params.get('type') ?? undefined) as BillingDocumentType | undefined }
      return response(200).json(listOf(documentsOf(ctx.db, ctx.account), filters))
    }),
  ),

  http.post(
    '/billing/documents/reconciliation-acts',
    withAdmin(async ({ response, request, ctx }) => {
      if (!hasClosingDocuments(ctx.account)) return problem(403, 'billingDocuments.actNotAvailable')
      const body = (await readJson<ReconciliationActRequest>(request)) ?? {}
      const { fieldErrorsOf, reconciliationActSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(reconciliationActSchema, body)
      if (errors) return validationProblem(errors)
      const period = reconciliationActSchema.cast(body, { stripUnknown: true })
      const act = updateDb((db) => {
        const account = db.accounts.find((a) => a.id === ctx.account.id)!
        const made = buildReconciliationAct(db, account, period, newId('doc-act'), nextActSequence(db, account.id), isoDay(now()), nowIso())
        db.billingDocuments.push(made)
        const language = documentLanguage(account)
        sendMailToEach(db, mailTo(db, account.id), {
          accountId: account.id,
          kind: 'document-ready',
          ...documentTexts.mailActReady(language, made.number, period.from, period.to),
          links: [{ label: documentTexts.mailLink(language), href: '/balance/documents' }],
        })
        return made
      })
      return response(201).json(toWire(act))
    }),
  ),

  http.get(
    '/billing/documents/{id}',
    withAdmin(({ response, params, ctx }) => {
      const doc = documentsOf(ctx.db, ctx.account).find((d) => d.id === params.id)
      return doc ? response(200).json(toWire(doc)) : problem(404, 'billingDocuments.notFound')
    }),
  ),
]
