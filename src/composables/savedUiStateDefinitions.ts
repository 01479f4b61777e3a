// Every saved filter and draft of the panel, imported for their registration only. The screens
// that use them load lazily, so without this module Panel settings' Reset would not know the ones
// of a screen not opened since the page loaded (their onReset would not run). Panel settings
// imports it; a new saved UI state adds its line here (tests/components/SettingsPanel.test.ts
// fails otherwise).
import './useDocumentFilters'
import './useServiceOrderDrafts'
import './useTicketFilters'
import './useTopUpDraft'
import './useTransactionFilters'
