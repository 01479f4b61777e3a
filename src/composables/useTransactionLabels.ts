// Words for the codes of a transaction: its operation, the balance it moved and its status.
import { useCodeLabel } from './useCodeLabel'

export function useTransactionLabels() {
  const label = useCodeLabel()
  return {
    operationLabel: (operation: string) => label('balance.transactions.operation', operation),
    balanceLabel: (balance: string) => label('balance.kind', balance),
    statusLabel: (status: string) => label('balance.transactions.status', status),
  }
}
