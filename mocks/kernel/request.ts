// The request body, read once. The pipeline (pipeline.ts) has already refused malformed JSON,
// oversized bodies and anything the contract does not allow, so handlers see a checked object.
export async function readJson<T>(request: Request): Promise<Partial<T> | null> {
  try {
    const body: unknown = await request.clone().json()
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Partial<T>) : null
  } catch {
    return null
  }
}
