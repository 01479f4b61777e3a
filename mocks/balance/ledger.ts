// The money primitives every billing endpoint and settler uses, so balances and the history never
// disagree: a movement changes the balance, bumps the account's balance version and records its
// transaction in one place. Amounts are integer kopecks.
import type { BalanceKind } from '@/api/types'
import { newId } from '../kernel/ids'
import type { DbAccount, DbBalance, DbState, DbTransaction, TransactionOperation } from '../kernel/schema'

export const BALANCE_KINDS: readonly BalanceKind[] = ['main', 'cloud', 'dedicated', 'storage']

export function emptyBalances(): Record<BalanceKind, DbBalance> {
  return { main: { money: 0, bonus: 0 }, cloud: { money: 0, bonus: 0 }, dedicated: { money: 0, bonus: 0 }, storage: { money: 0, bonus: 0 } }
}

/**
 * Takes `amount` from a balance the way a charge does: money first, then bonuses; what neither
 * covers leaves the money negative (the services ran on credit). Returns the bonus part.
 */
export function spend(balance: DbBalance, amount: number): { bonusKopecks: number } {
  const fromMoney = Math.min(Math.max(balance.money, 0), amount)
  const fromBonus = Math.min(balance.bonus, amount - fromMoney)
  balance.money -= amount - fromBonus
  balance.bonus -= fromBonus
  return { bonusKopecks: fromBonus }
}

export interface TransactionInput {
  at: string
  operation: TransactionOperation
  balance: DbTransaction['balance']
  amountKopecks: number
  description: string
  status?: DbTransaction['status']
  bonusKopecks?: number
  serviceId?: string | null
  serviceName?: string | null
  paymentId?: string | null
  transferId?: string | null
}

/** A history line as stored, with the defaults of an input that leaves them out (credited, no service). */
export function transactionRecord(id: string, accountId: string, input: TransactionInput): DbTransaction {
  return {
    id,
    accountId,
    at: input.at,
    operation: input.operation,
    balance: input.balance,
    serviceId: input.serviceId ?? null,
    serviceName: input.serviceName ?? null,
    amountKopecks: input.amountKopecks,
    bonusKopecks: input.bonusKopecks ?? 0,
    status: input.status ?? 'credited',
    description: input.description,
    paymentId: input.paymentId ?? null,
    transferId: input.transferId ?? null,
  }
}

/** Records a history line (does not move money: credit/debit below do both). */
export function recordTransaction(db: DbState, account: DbAccount, input: TransactionInput): DbTransaction {
  const transaction = transactionRecord(newId('tx'), account.id, input)
  db.transactions.push(transaction)
  return transaction
}

/** Adds money (or, for a `bonus` operation, bonuses) to a balance and records it as credited. */
export function credit(db: DbState, account: DbAccount, input: TransactionInput): DbTransaction {
  if (input.amountKopecks <= 0) throw new Error('credit takes a positive amount')
  if (input.balance === 'referral') account.referralKopecks += input.amountKopecks
  else if (input.operation === 'bonus') account.balances[input.balance].bonus += input.amountKopecks
  else account.balances[input.balance].money += input.amountKopecks
  account.balanceVersion += 1
  const bonusKopecks = input.operation === 'bonus' ? input.amountKopecks : 0
  return recordTransaction(db, account, { ...input, status: 'credited', bonusKopecks })
}

/**
 * Takes money from a balance and records it with a negative amount. A transfer moves money only
 * (`moneyOnly`: bonuses are never moved); a charge spends money, then bonuses.
 */
export function debit(db: DbState, account: DbAccount, input: TransactionInput & { moneyOnly?: boolean }): DbTransaction {
  const amount = Math.abs(input.amountKopecks)
  let bonusKopecks = 0
  if (input.balance === 'referral') account.referralKopecks -= amount
  else if (input.moneyOnly) account.balances[input.balance].money -= amount
  else bonusKopecks = spend(account.balances[input.balance], amount).bonusKopecks
  account.balanceVersion += 1
  return recordTransaction(db, account, { ...input, amountKopecks: -amount, status: 'credited', bonusKopecks })
}

/** Money that can leave a balance: never bonuses, never below zero. */
export function transferableKopecks(account: DbAccount, source: BalanceKind | 'referral'): number {
  return source === 'referral' ? account.referralKopecks : Math.max(account.balances[source].money, 0)
}
