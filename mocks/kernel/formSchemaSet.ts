// What loadSchemas() (formSchemas.ts) brings: every form schema the mock checks requests with.
export * from '@/validation/schemas'
export { apiKeyCreateSchema, apiKeyUpdateSchema } from '@/validation/schemas/apiKeys'
export { invitationAcceptSchema, userInviteSchema } from '@/validation/schemas/users'
