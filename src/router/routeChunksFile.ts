// Where the build writes each lazy module's files (scripts/vite/routeChunks.ts writes it, the idle
// route prefetch reads it). Pure data: the Vite plugin imports it in Node.
export const ROUTE_CHUNKS_FILE = 'assets/route-chunks.json'
