// Transactions: the account's history (every user of the account sees all of it), filtered and
// paged on the server. The contract has already checked the types (operation and balance values,
// limit 1–100, offset ≥ 0); the period is checked by the filter form's own schema.
import { http } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { loadSchemas } from '../kernel/formSchemas'
import { validationProblem } from '../kernel/problems'
import { DEFAULT_LIMIT, transactionPage, type TransactionFilter } from './service'

export const transactionsHandlers = [
  http.get(
    '/transactions',
    withAuth(async ({ response, request, ctx }) => {
      const params = new URL(request.url).searchParams
      const query = { from: params.get('from') ?? '', to: params.get('to') ?? '', operation: params.get('operation') ?? '', balance: params.get('balance') ?? '' }
      const { fieldErrorsOf, transactionFiltersSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(transactionFiltersSchema, query)
      if (errors) return validationProblem(errors)
      const filter: TransactionFilter = { ...(transactionFiltersSchema.cast(query) as Omit<TransactionFilter, 'service'>), service: params.get('service') ?? '' }
      const limit = Number(params.get('limit') ?? DEFAULT_LIMIT)
      const offset = Number(params.get('offset') ?? 0)
      return response(200).json(transactionPage(ctx.db, ctx.account.id, filter, limit, offset))
    }),
  ),
]
