// `locales/<lang>.json?area=<name>`: that area's keys of the locale, precompiled
// (scripts/vite/localeAreas.ts, src/i18n/areas.ts).
type PrecompiledMessages = import('vue-i18n').LocaleMessage<import('vue-i18n').VueMessageType>

declare module '*.json?area=core' {
  const messages: PrecompiledMessages
  export default messages
}
declare module '*.json?area=rest' {
  const messages: PrecompiledMessages
  export default messages
}
declare module '*.json?area=mockLabels' {
  const messages: PrecompiledMessages
  export default messages
}
