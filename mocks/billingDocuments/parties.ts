// The two parties of a billing document (invoice, UPD, reconciliation act): the provider's own
// requisites (a constant; Latin for the English documents of non-residents) and the customer's, taken
// from the account's profile data as it is now (the profile matrix: field names of mocks/profile/seed.ts).
// Every number here passes src/validation/rules (tests/unit/billingDocuments/parties.test.ts).
import type { Locale } from '@/api/types'
import { looksLikeIban } from '@/validation/rules'
import { accountLanguage } from '../balance/texts'
import type { DbAccount, DbBillingParty } from '../kernel/schema'

/** Residents of the RF get Russian documents, non-residents English ones. */
export function documentLanguage(account: Pick<DbAccount, 'residency'>): Locale {
  return accountLanguage(account)
}

const PROVIDER_BANK = {
  inn: '7842153674',
  kpp: '784201001',
  bic: '044030653',
  settlementAccount: '40702810355040012378',
  correspondentAccount: '30101810500000000653',
  swift: 'SABRRUMM',
} as const

/** The provider, as the documents name it. */
export const PROVIDER: Record<Locale, DbBillingParty> = {
  ru: {
    name: 'АО «Облачные системы»',
    inn: PROVIDER_BANK.inn,
    kpp: PROVIDER_BANK.kpp,
    taxId: null,
    address: '191186, г. Санкт-Петербург, наб. реки Мойки, д. 10, лит. А',
    bankName: 'Северо-Западный банк ПАО Сбербанк, г. Санкт-Петербург',
    bic: PROVIDER_BANK.bic,
    settlementAccount: PROVIDER_BANK.settlementAccount,
    correspondentAccount: PROVIDER_BANK.correspondentAccount,
    iban: null,
    swift: null,
  },
  en: {
    name: 'Oblachnye Sistemy JSC',
    inn: PROVIDER_BANK.inn,
    kpp: PROVIDER_BANK.kpp,
    taxId: null,
    address: '10A Moyka River Embankment, Saint Petersburg 191186, Russia',
    bankName: 'North-West Bank of Sberbank PJSC, Saint Petersburg',
    bic: PROVIDER_BANK.bic,
    settlementAccount: PROVIDER_BANK.settlementAccount,
    correspondentAccount: PROVIDER_BANK.correspondentAccount,
    iban: null,
    swift: PROVIDER_BANK.swift,
  },
}

/** A profile value, or null when it is empty or the account type has no such field. */
function field(profile: Record<string, string>, name: string): string | null {
  const value = profile[name]?.trim()
  return value ? value : null
}

function customerOf(account: DbAccount): DbBillingParty {
  const p = account.profile
  const resident = account.residency === 'resident'
  const personal = account.type === 'personal'
  // A non-resident's "Account number" is an IBAN or a local account number.
  const foreignAccount = resident ? null : field(p, 'accountNumber')
  const foreignIban = foreignAccount && looksLikeIban(foreignAccount) ? foreignAccount : null
  return {
    name: field(p, personal ? 'fullName' : 'companyName') ?? account.number,
    inn: resident ? field(p, 'inn') : null,
    kpp: resident ? field(p, 'kpp') : null,
    taxId: resident ? null : field(p, 'vatin'),
    address: field(p, personal ? 'address' : 'legalAddress') ?? field(p, 'actualAddress') ?? '',
    bankName: field(p, 'bank'),
    bic: resident ? field(p, 'bic') : null,
    settlementAccount: resident ? field(p, 'settlementAccount') : foreignIban ? null : foreignAccount,
    correspondentAccount: resident ? field(p, 'correspondentAccount') : null,
    iban: foreignIban,
    swift: resident ? null : field(p, 'swift'),
  }
}

/** The supplier (the provider, in the document's language) and the customer (the account, from its profile). */
export function billingPartiesOf(account: DbAccount): { supplier: DbBillingParty; customer: DbBillingParty } {
  return { supplier: structuredClone(PROVIDER[documentLanguage(account)]), customer: customerOf(account) }
}
