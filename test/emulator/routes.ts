// Route table and the per-request pipeline order of DocSpace: route match,
// authentication (401), API-key scope (403), media type (415), handler.
import { hasScope, type AuthResult, type ScopeArea } from './auth.js'
import type { HandlerContext } from './context.js'
import { createTag, createTextFile, getOperations, getOperationsByType, getTagCatalogue } from './file-handlers.js'
import { listRooms } from './listing.js'
import { bodiless, failure, unsupportedMediaType, type ApiResult } from './results.js'
import { changeRoomTags, createRoom, getRoom, roomOperation, updateRoom } from './room-handlers.js'

interface Route {
  method: string
  pattern: RegExp
  area: ScopeArea
  /** takes a JSON [FromBody] argument */
  body: boolean
  /** starts a file operation (op-* faults apply) */
  operation?: boolean
  handle(ctx: HandlerContext, m: RegExpExecArray): ApiResult
}

const id = (m: RegExpExecArray): number => Number(m[1])

const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/files\/rooms$/,
    area: 'rooms',
    body: false,
    handle: (c) => listRooms(c.dto, c.req, c.query)
  },
  { method: 'POST', pattern: /^\/files\/rooms$/, area: 'rooms', body: true, handle: (c) => createRoom(c) },
  {
    method: 'GET',
    pattern: /^\/files\/rooms\/(\d+)$/,
    area: 'rooms',
    body: false,
    handle: (c, m) => getRoom(c, id(m))
  },
  {
    method: 'PUT',
    pattern: /^\/files\/rooms\/(\d+)$/,
    area: 'rooms',
    body: true,
    handle: (c, m) => updateRoom(c, id(m))
  },
  {
    method: 'DELETE',
    pattern: /^\/files\/rooms\/(\d+)$/,
    area: 'rooms',
    body: true,
    operation: true,
    handle: (c, m) => roomOperation(c, id(m), 'delete')
  },
  {
    method: 'PUT',
    pattern: /^\/files\/rooms\/(\d+)\/archive$/,
    area: 'rooms',
    body: true,
    operation: true,
    handle: (c, m) => roomOperation(c, id(m), 'archive')
  },
  {
    method: 'PUT',
    pattern: /^\/files\/rooms\/(\d+)\/unarchive$/,
    area: 'rooms',
    body: true,
    operation: true,
    handle: (c, m) => roomOperation(c, id(m), 'unarchive')
  },
  {
    method: 'PUT',
    pattern: /^\/files\/rooms\/(\d+)\/tags$/,
    area: 'rooms',
    body: true,
    handle: (c, m) => changeRoomTags(c, id(m), true)
  },
  {
    method: 'DELETE',
    pattern: /^\/files\/rooms\/(\d+)\/tags$/,
    area: 'rooms',
    body: true,
    handle: (c, m) => changeRoomTags(c, id(m), false)
  },
  { method: 'GET', pattern: /^\/files\/fileops$/, area: 'files', body: false, handle: (c) => getOperations(c) },
  {
    method: 'GET',
    pattern: /^\/files\/fileops\/([^/]+)$/,
    area: 'files',
    body: false,
    handle: (c, m) => getOperationsByType(c, m[1]!)
  },
  { method: 'GET', pattern: /^\/files\/tags$/, area: 'files', body: false, handle: (c) => getTagCatalogue(c) },
  { method: 'POST', pattern: /^\/files\/tags$/, area: 'files', body: true, handle: (c) => createTag(c) },
  {
    method: 'POST',
    pattern: /^\/files\/([^/]+)\/text$/,
    area: 'files',
    body: true,
    handle: (c, m) => createTextFile(c, m[1]!)
  }
]

export interface RouteMatch {
  route: Route
  match: RegExpExecArray
}

export function matchRoute(method: string, apiPath: string): RouteMatch | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue
    const match = route.pattern.exec(apiPath)
    if (match) return { route, match }
  }
  return undefined
}

export function unknownEndpoint(method: string, path: string): ApiResult {
  return failure(404, `No API method matches ${method} ${path}`)
}

export function dispatch(
  ctx: HandlerContext,
  found: RouteMatch | undefined,
  auth: AuthResult,
  contentType: string | undefined
): ApiResult {
  if (!found) return unknownEndpoint(ctx.method, ctx.req.href)
  if (auth.status !== 'valid') return bodiless(401)
  const { route, match } = found
  if (!hasScope(auth.principal, ctx.method, route.area)) return bodiless(403)
  // [FromBody] only reads JSON; a body sent as text/plain (fetch's default for
  // a string) is refused before the action runs.
  if (route.body && ctx.rawBody.length > 0 && !/\bjson\b/i.test(contentType ?? '')) return unsupportedMediaType(ctx.req)
  return route.handle(ctx, match)
}
