// Profile data of the seeded accounts, by account id. Every value passes the validators in
// src/validation (real check digits; tests/unit/validation/profileSchema.test.ts checks it). Some
// optional fields are left empty on purpose (business.resident has no Fax).
import type { DbAccount, DbService } from '../kernel/schema'

export const seedProfiles: Record<string, Record<string, string>> = {
  'acc-personal-res': {
    fullName: 'Ivan Sergeevich Petrov',
    birthDate: '1985-03-02',
    birthPlace: 'Moscow',
    passportNumber: '4509235857',
    passportIssuedBy: 'Department of the Federal Migration Service of Russia for Moscow in the Tverskoy district',
    passportIssueDate: '2005-04-14',
    address: '12 Tverskaya St., apt. 34, Moscow, 125009',
    email: 'personal.resident@demo.test',
    phoneNumber: '+79161234567',
  },
  'acc-personal-nonres': {
    fullName: 'Aigerim Nurlanova',
    birthDate: '1992-07-19',
    birthPlace: 'Almaty, Kazakhstan',
    passportNumber: 'N12345678',
    passportIssuedBy: 'Ministry of Internal Affairs of the Republic of Kazakhstan',
    passportIssueDate: '2019-08-20',
    address: '45 Abay Ave., apt. 12, Almaty 050000, Kazakhstan',
    email: 'personal.nonresident@demo.test',
    phoneNumber: '+77012345678',
    country: 'KZ',
  },
  'acc-business-res': {
    companyName: 'Vostok Technologies LLC',
    inn: '7810136570',
    kpp: '781001001',
    psrn: '1027800012360',
    authorizedPerson: 'Elena Smirnova',
    position: 'General Director',
    authorizedBy: 'Charter',
    bic: '044525593',
    bank: 'Alfa-Bank JSC, Moscow',
    correspondentAccount: '30101810200000000593',
    settlementAccount: '40702810102300012785',
    actualAddress: '21 Moskovsky Ave., office 405, Saint Petersburg, 196084',
    legalAddress: '21 Moskovsky Ave., Saint Petersburg, 196084',
    phone: '+78123334455',
    fax: '',
    contactPerson: 'Elena Smirnova',
    email: 'business.resident@demo.test',
    phoneNumber: '+79035551234',
  },
  'acc-business-nonres': {
    companyName: 'Weber Datentechnik GmbH',
    country: 'DE',
    vatin: 'DE136695976',
    authorizedPerson: 'Jonas Weber',
    bank: 'Deutsche Bank AG',
    swift: 'DEUTDEFF',
    accountNumber: 'DE89370400440532013000',
    actualAddress: 'Friedrichstraße 68, 10117 Berlin, Germany',
    legalAddress: 'Friedrichstraße 68, 10117 Berlin, Germany',
    phone: '+49301234567',
    fax: '+49301234568',
    contactPerson: 'Jonas Weber',
    email: 'business.nonresident@demo.test',
    phoneNumber: '+4915112345678',
  },
  'acc-sole-res': {
    companyName: 'Sole trader Sergey Kuznetsov',
    inn: '500100732259',
    passportNumber: '4510123456',
    passportIssuedBy: 'Department of the Federal Migration Service of Russia for the Moscow Region in Balashikha',
    passportIssueDate: '2010-06-15',
    bic: '044525974',
    bank: 'T-Bank JSC, Moscow',
    correspondentAccount: '30101810145250000974',
    settlementAccount: '40802810100000172459',
    actualAddress: '8 Sovetskaya St., office 12, Balashikha, Moscow Region, 143900',
    legalAddress: '15 Lenina Ave., apt. 7, Balashikha, Moscow Region, 143900',
    contactPerson: 'Sergey Kuznetsov',
    email: 'sole.resident@demo.test',
    phoneNumber: '+79161112233',
  },
  'acc-state-res': {
    companyName: 'Federal State Budgetary Institution "Regional Data Center"',
    inn: '7714893120',
    kpp: '771401001',
    psrn: '1177746123455',
    authorizedPerson: 'Olga Volkova',
    position: 'Director',
    authorizedBy: 'Charter',
    bic: '004525988',
    bank: 'Main Directorate of the Bank of Russia for the Central Federal District // Federal Treasury Department for Moscow',
    personalAccount: '20736U95470',
    settlementAccount: '03214643000000017300',
    actualAddress: '3 Leningradsky Ave., Moscow, 125040',
    legalAddress: '3 Leningradsky Ave., Moscow, 125040',
    phone: '+74956667788',
    fax: '+74956667789',
    contactPerson: 'Olga Volkova',
    email: 'state.resident@demo.test',
    phoneNumber: '+79857778899',
  },
}

const SINCE = '2026-10-02T10:00:00.000Z'
const service = (id: string, name: string): DbService => ({ id, name, status: 'active', since: SINCE })

/** Originals, services and the like, by account id (spread into the seeded account). */
const seedExtras: Record<string, Partial<DbAccount>> = {
  'acc-business-res': { originals: { method: 'edm', address: '' }, services: [service('svc-1', 'Cloud servers'), service('svc-2', 'Object storage')] },
  // Main balance 0 but a running server: "Delete account" is refused because of the services.
  'acc-business-nonres': { gdprArchive: null, services: [service('svc-3', 'Dedicated server')] },
  'acc-sole-res': { originals: { method: 'post', address: '8 Sovetskaya St., office 12, Balashikha, Moscow Region, 143900' }, services: [service('svc-4', 'Domains')] },
  'acc-state-res': { originals: { method: 'courier', address: '' }, services: [service('svc-5', 'Cloud servers')] },
  'acc-personal-res': { services: [service('svc-6', 'Cloud servers')] },
  'acc-personal-nonres': { services: [] },
}

export function seedAccountExtras(accountId: string): Partial<DbAccount> {
  return structuredClone(seedExtras[accountId] ?? {})
}

/** Users' (not main administrators') own contact details, by user id. */
export const seedUserContacts: Record<string, Record<string, string>> = {
  'usr-business-res-user': {
    phone: '',
    fax: '',
    contactPerson: 'Dmitry Orlov',
    email: 'user.business.resident@demo.test',
    phoneNumber: '+79267654321',
  },
}
