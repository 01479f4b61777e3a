// A handler that throws must still answer like an API: a problem with a code, never MSW's
// default 500 with the error's stack trace in the body.
import type { HttpResponseResolver } from 'msw'
import { dbReadable } from './db'
import { problem, type ProblemResponse } from './problems'
import { StorageFullError } from './storage'

export function problemForError(error: unknown): ProblemResponse {
  if (error instanceof StorageFullError) return problem(507, 'storage.full')
  // Kept for whoever debugs the mock; the client only ever sees the code.
  console.error('[mock api]', error)
  return problem(500, 'server.error')
}

/** What MSW hands a resolver: the request, its path parameters, cookies. */
export type ResolverInfo = Parameters<HttpResponseResolver>[0]

/** Every resolver runs inside this (withAuth, withAdmin and publicRoute apply it). */
export function guarded<Result, Info extends { request: Request } = ResolverInfo>(resolver: (info: Info) => Result | Promise<Result>) {
  // NoInfer: the result type comes from what the resolver returns, never from what the caller
  // expects, so openapi-msw checks that return against the contract instead of shaping it.
  return async (info: Info): Promise<NoInfer<Result> | ProblemResponse> => {
    try {
      await dbReadable() // the stored data's check, when it has to load first
      return await resolver(info)
    } catch (error) {
      return problemForError(error)
    }
  }
}

/** A handler that needs no login (the knowledge base, the demo personas, log in). */
export const publicRoute = guarded
