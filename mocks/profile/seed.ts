// Profile data of the seeded accounts, by account id, in the customer's language: residents of the
// RF have Russian requisites in Cyrillic, non-residents Latin ones. Every value passes the validators in
// src/validation (real check digits; tests/unit/validation/profileSchema.test.ts checks it). Some
// optional fields are left empty on purpose (business.resident has no Fax).
import type { DbAccount } from '../kernel/schema'

export const seedProfiles: Record<string, Record<string, string>> = {
  'acc-personal-res': {
    fullName: 'Петров Иван Сергеевич',
    birthDate: '1985-03-02',
    birthPlace: 'г. Москва',
    passportNumber: '4509235857',
    passportIssuedBy: 'Отделением УФМС России по гор. Москве по району Тверской',
    passportIssueDate: '2005-04-14',
    address: '125009, г. Москва, ул. Тверская, д. 12, кв. 34',
    email: 'personal.resident@demo.test',
    phoneNumber: '+79161234567',
  },
  'acc-secure-res': {
    fullName: 'Соколова Анна Михайловна',
    birthDate: '1990-11-23',
    birthPlace: 'г. Казань',
    passportNumber: '9210456789',
    passportIssuedBy: 'МВД по Республике Татарстан',
    passportIssueDate: '2010-12-07',
    address: '420111, г. Казань, ул. Баумана, д. 44, кв. 8',
    email: 'secure.resident@demo.test',
    phoneNumber: '+79172345678',
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
    companyName: 'ООО «Восток Технологии»',
    inn: '7810136570',
    kpp: '781001001',
    psrn: '1027800012360',
    authorizedPerson: 'Смирнова Елена Викторовна',
    position: 'Генеральный директор',
    authorizedBy: 'Устав',
    bic: '044525593',
    bank: 'АО «АЛЬФА-БАНК», г. Москва',
    correspondentAccount: '30101810200000000593',
    settlementAccount: '40702810102300012785',
    actualAddress: '196084, г. Санкт-Петербург, Московский пр-т, д. 21, офис 405',
    legalAddress: '196084, г. Санкт-Петербург, Московский пр-т, д. 21',
    phone: '+78123334455',
    fax: '',
    contactPerson: 'Елена Смирнова',
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
    companyName: 'ИП Кузнецов Сергей Андреевич',
    inn: '500100732259',
    passportNumber: '4510123456',
    passportIssuedBy: 'Отделом УФМС России по Московской обл. в гор. Балашиха',
    passportIssueDate: '2010-06-15',
    bic: '044525974',
    bank: 'АО «ТБанк», г. Москва',
    correspondentAccount: '30101810145250000974',
    settlementAccount: '40802810100000172459',
    actualAddress: '143900, Московская обл., г. Балашиха, ул. Советская, д. 8, офис 12',
    legalAddress: '143900, Московская обл., г. Балашиха, пр-т Ленина, д. 15, кв. 7',
    contactPerson: 'Сергей Кузнецов',
    email: 'sole.resident@demo.test',
    phoneNumber: '+79161112233',
  },
  'acc-state-res': {
    companyName: 'ФГБУ «Региональный центр обработки данных»',
    inn: '7714893120',
    kpp: '771401001',
    psrn: '1177746123455',
    authorizedPerson: 'Волкова Ольга Николаевна',
    position: 'Директор',
    authorizedBy: 'Устав',
    bic: '004525988',
    bank: 'ГУ Банка России по ЦФО//УФК по г. Москве, г. Москва',
    personalAccount: '20736U95470',
    settlementAccount: '03214643000000017300',
    actualAddress: '125040, г. Москва, Ленинградский пр-т, д. 3',
    legalAddress: '125040, г. Москва, Ленинградский пр-т, д. 3',
    phone: '+74956667788',
    fax: '+74956667789',
    contactPerson: 'Ольга Волкова',
    email: 'state.resident@demo.test',
    phoneNumber: '+79857778899',
  },
}

/** Originals, the GDPR archive and the like, by account id (spread into the seeded account; services: mocks/services/seed.ts). */
const seedExtras: Record<string, Partial<DbAccount>> = {
  'acc-business-res': { originals: { method: 'edm', address: '' } },
  'acc-business-nonres': { gdprArchive: null },
  'acc-sole-res': { originals: { method: 'post', address: '143900, Московская обл., г. Балашиха, ул. Советская, д. 8, офис 12' } },
  'acc-state-res': { originals: { method: 'courier', address: '' } },
}

export function seedAccountExtras(accountId: string): Partial<DbAccount> {
  return structuredClone(seedExtras[accountId] ?? {})
}

/** Users' (not main administrators') own contact details, by user id. */
export const seedUserContacts: Record<string, Record<string, string>> = {
  'usr-business-res-user': {
    phone: '',
    fax: '',
    contactPerson: 'Дмитрий Орлов',
    email: 'user.business.resident@demo.test',
    phoneNumber: '+79267654321',
  },
}
