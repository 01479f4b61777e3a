// Transfers between balances: main ↔ a service balance, referral → main. Only money moves (never
// bonuses). Everything happens inside one write of the data, under the request's Idempotency-Key:
// the rules, the version check (a charge or a payment since the form was filled is 409) and the
// two history lines that share the transfer's id, so a repeated key or a double click moves the
// money once.
import type { TransferRequest, TransferResult } from '@/api/types'
import type { AuthContext } from '../kernel/auth'
import { nowIso } from '../kernel/clock'
import { loadSchemas } from '../kernel/formSchemas'
import { once } from '../kernel/idempotency'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { credit, debit, transferableKopecks } from './ledger'
import { overviewOf } from './service'
import { accountLanguage, billingTexts } from './texts'

export async function makeTransfer(ctx: AuthContext, request: Request, body: Partial<TransferRequest>): Promise<Response> {
  const { fieldErrorsOfSync, transferSchema } = await loadSchemas()
  // The rules that do not depend on the balances (same balance, route, amount format).
  const rulesSchema = transferSchema()
  return once(ctx, request, 'balance.transfer', body, (db) => {
    const account = db.accounts.find((a) => a.id === ctx.account.id)
    if (!account) return problem(401, 'auth.unauthenticated')
    const ruleErrors = fieldErrorsOfSync(rulesSchema, body)
    if (ruleErrors) return validationProblem(ruleErrors)
    // The contract and the rules above have checked every field.
    const { from, to, amountKopecks, balanceVersion } = body as TransferRequest
    // Checked before the amount: what the source holds now is not what the customer saw.
    if (balanceVersion !== account.balanceVersion) return problem(409, 'balance.changed')
    const limitErrors = fieldErrorsOfSync(
      transferSchema((source) => transferableKopecks(account, source)),
      body,
    )
    if (limitErrors) return validationProblem(limitErrors)

    const at = nowIso()
    const transferId = newId('trf')
    const language = accountLanguage(account)
    debit(db, account, { at, operation: 'transfer', balance: from, amountKopecks, description: billingTexts.transferOut(language, to), transferId, moneyOnly: true })
    credit(db, account, { at, operation: 'transfer', balance: to, amountKopecks, description: billingTexts.transferIn(language, from), transferId })
    const result: TransferResult = { transfer: { id: transferId, from, to, amountKopecks, at }, overview: overviewOf(account) }
    return { status: 201, body: result }
  })
}
