export * from './auth'
export * from './settings'
export { fieldErrorsOf } from './fieldErrors'
