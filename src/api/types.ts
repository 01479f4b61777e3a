// Wire types of the control panel API (`/api/v1`), generated from the contract in openapi/
// (src/api/generated/openapi.ts, `npm run gen:contract`). Never write a wire type by hand: change
// the document and regenerate. This file only gives the generated schemas their familiar names.
import type { components, operations } from './generated/openapi'

type Schemas = components['schemas']

export type Locale = Schemas['Locale']
export type ThemeName = Schemas['ThemeName']
export type AccountType = Schemas['AccountType']
export type Residency = Schemas['Residency']
export type Role = Schemas['Role']

/** Every problem `code` the API answers with (worded by the client under `errors.`). */
export type ProblemCode = Schemas['ProblemCode']
/**
 * RFC 9457 problem details, with per-field errors on 422. The client also makes problems of its
 * own (`network.offline`, `http.<status>` for a body that is not a problem), so `code` is wider here.
 */
export type ProblemDetails = Omit<Schemas['ProblemDetails'], 'code'> & { code?: string }

export type SessionUser = Schemas['SessionUser']
export type AuthResponse = Schemas['AuthResponse']
export type LoginRequest = Schemas['LoginRequest']
export type RegisterRequest = Schemas['RegisterRequest']
export type DemoPersona = Schemas['DemoPersona']

export type UiState = Schemas['UiState']
export type UserSettings = Schemas['UserSettings']
export type SettingsPatch = Schemas['SettingsPatch']

export type BalanceKind = Schemas['BalanceKind']
export type Balance = Schemas['Balance']
export type BalanceOverview = Schemas['BalanceOverview']
export type TransferSource = Schemas['TransferSource']
export type TransferRequest = Schemas['TransferRequest']
export type Transfer = Schemas['Transfer']
export type TransferResult = Schemas['TransferResult']
export type HomeSummary = Schemas['HomeSummary']

export type PaymentMethod = Schemas['PaymentMethod']
export type PaymentStatus = Schemas['PaymentStatus']
export type DeclineReason = Schemas['DeclineReason']
export type CardSummary = Schemas['CardSummary']
export type SavedCard = Schemas['SavedCard']
export type PaymentOptions = Schemas['PaymentOptions']
export type CardInput = Schemas['CardInput']
export type PaymentRequest = Schemas['PaymentRequest']
export type Payment = Schemas['Payment']
export type PaymentConfirmation = Schemas['PaymentConfirmation']
export type AutoTopUpTrigger = Schemas['AutoTopUpTrigger']
export type AutoTopUpSettings = Schemas['AutoTopUpSettings']
export type AutoTopUp = Schemas['AutoTopUp']

export type TransactionOperation = Schemas['TransactionOperation']
export type TransactionBalance = Schemas['TransactionBalance']
export type TransactionStatus = Schemas['TransactionStatus']
export type Transaction = Schemas['Transaction']
export type TransactionPage = Schemas['TransactionPage']
export type TransactionListQuery = NonNullable<operations['listTransactions']['parameters']['query']>

export type BillingDocumentType = Schemas['BillingDocumentType']
export type BillingDocumentStatus = Schemas['BillingDocumentStatus']
export type BillingParty = Schemas['BillingParty']
export type BillingDocumentLine = Schemas['BillingDocumentLine']
export type BillingDocumentEntry = Schemas['BillingDocumentEntry']
export type BillingDocument = Schemas['BillingDocument']
export type BillingDocumentSummary = Schemas['BillingDocumentSummary']
export type BillingDocumentList = Schemas['BillingDocumentList']
export type BillingDocumentListQuery = NonNullable<operations['listBillingDocuments']['parameters']['query']>
export type ReconciliationActRequest = Schemas['ReconciliationActRequest']

export type BalanceAlertThresholdType = Schemas['BalanceAlertThresholdType']
export type BalanceAlertFrequency = Schemas['BalanceAlertFrequency']
export type BalanceAlertChannels = Schemas['BalanceAlertChannels']
export type BalanceAlertSettings = Schemas['BalanceAlertSettings']
export type BalanceAlerts = Schemas['BalanceAlerts']

export type TicketStatus = Schemas['TicketStatus']
export type TicketCategory = Schemas['TicketCategory']
export type TicketSummary = Schemas['TicketSummary']
export type TicketMessage = Schemas['TicketMessage']
export type TicketProfileChange = Schemas['TicketProfileChange']
export type Ticket = Schemas['Ticket']
export type TicketListQuery = NonNullable<operations['listTickets']['parameters']['query']>
export type TicketCreateRequest = Schemas['TicketCreateRequest']
export type TicketReplyRequest = Schemas['TicketReplyRequest']
export type TicketStatusChange = Schemas['TicketStatusChange']

export type KnowledgeBaseTopic = Schemas['KnowledgeBaseTopic']
export type KnowledgeBaseArticleSummary = Schemas['KnowledgeBaseArticleSummary']
export type KnowledgeBaseArticle = Schemas['KnowledgeBaseArticle']
export type ContextHelp = Schemas['ContextHelp']

export type ReferralRequest = Schemas['ReferralRequest']
export type ReferralStatus = Schemas['ReferralStatus']
export type ReferralMonth = Schemas['ReferralMonth']
export type ReferralStats = Schemas['ReferralStats']
export type ReferralParticipation = Schemas['ReferralParticipation']

export type ProfileFieldName = Schemas['ProfileFieldName']
export type ProfileValues = Schemas['ProfileValues']
export type ProfilePendingChange = Schemas['ProfilePendingChange']
export type OriginalsMethod = Schemas['OriginalsMethod']
export type ProfileOriginals = Schemas['ProfileOriginals']
export type Profile = Schemas['Profile']
export type ProfilePatch = Schemas['ProfilePatch']
export type ProfileSaveResult = Schemas['ProfileSaveResult']
export type GdprArchive = Schemas['GdprArchive']
export type AccountDeleteRequest = Schemas['AccountDeleteRequest']

export type ServiceType = Schemas['ServiceType']
export type ServiceStatus = Schemas['ServiceStatus']
export type StoppedReason = Schemas['StoppedReason']
export type RegionId = Schemas['RegionId']
export type ImageId = Schemas['ImageId']
export type DiskType = Schemas['DiskType']
export type BillingPeriodMonths = Schemas['BillingPeriodMonths']
export type CloudServerConfiguration = Schemas['CloudServerConfiguration']
export type DedicatedServerConfiguration = Schemas['DedicatedServerConfiguration']
export type StorageConfiguration = Schemas['StorageConfiguration']
export type ServiceConfiguration = Schemas['ServiceConfiguration']
export type DedicatedDisks = Schemas['DedicatedDisks']
export type Service = Schemas['Service']
export type ServiceList = Schemas['ServiceList']
export type ServiceDetails = Schemas['ServiceDetails']
export type ServiceCatalogue = Schemas['ServiceCatalogue']
export type DedicatedModel = Schemas['DedicatedModel']
export type BillingPeriod = Schemas['BillingPeriod']
export type CloudServerOrder = Schemas['CloudServerOrder']
export type DedicatedServerOrder = Schemas['DedicatedServerOrder']

export type LoginResponse = AuthResponse | TwoFactorChallenge
export type TwoFactorChallenge = Schemas['TwoFactorChallenge']
export type TwoFactorLogin = Schemas['TwoFactorLogin']
export type PasswordChange = Schemas['PasswordChange']
export type PasswordChangeResult = Schemas['PasswordChangeResult']
export type DeviceKind = Schemas['DeviceKind']
export type ClientDevice = Schemas['ClientDevice']
export type CityCode = Schemas['CityCode']
export type ClientLocation = Schemas['ClientLocation']
export type LoginResult = Schemas['LoginResult']
export type LoginEvent = Schemas['LoginEvent']
export type LoginHistoryUser = Schemas['LoginHistoryUser']
export type LoginHistoryPage = Schemas['LoginHistoryPage']
export type ActiveSession = Schemas['ActiveSession']
export type EndedSessions = Schemas['EndedSessions']
export type TwoFactorStatus = Schemas['TwoFactorStatus']
export type TwoFactorSetup = Schemas['TwoFactorSetup']
export type TwoFactorCode = Schemas['TwoFactorCode']
export type PasswordAndCode = Schemas['PasswordAndCode']
export type BackupCodes = Schemas['BackupCodes']
export type PasswordConfirmation = Schemas['PasswordConfirmation']
