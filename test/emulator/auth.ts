// API-key authentication and API-key scopes, modelled on DocSpace-server
// v3.7.2-server. Paths below are relative to that repository.
import { randomBytes } from 'node:crypto'
import type { ApiResult } from './results.js'

export interface Principal {
  userId: string
  /** the "scope" claims of the key, exactly as ApiKeyBearerAuthHandler issues them */
  scopes: ReadonlySet<string>
}

/**
 * `apiKeyRequest`: the header has the shape ApiKeyScopesFilter.IsApiKeyRequest
 * looks for ("Bearer " + a token starting with "sk-"), whether or not the key
 * is valid.
 */
export type AuthResult =
  | { status: 'missing'; apiKeyRequest: false }
  | { status: 'invalid'; apiKeyRequest: boolean }
  | { status: 'valid'; principal: Principal; apiKeyRequest: boolean }

export interface KeyTable {
  get(key: string): Principal | undefined
}

/** common/ASC.Common/Security/Authorizing/AuthConstants.cs:49-50 */
export const SCOPE_GLOBAL_WRITE = '*:write'
export const SCOPE_GLOBAL_READ = '*:read'

/**
 * The claims a key's permissions turn into:
 * common/ASC.Api.Core/Auth/ApiKeyBearerAuthHandler.cs:72-80 — a key with no
 * permissions, or with "*" among them, gets only `*:write`; any other key gets
 * exactly its permission strings (so `*:read` is a claim only when listed).
 */
export function keyClaims(permissions: readonly string[]): ReadonlySet<string> {
  if (permissions.length === 0 || permissions.includes('*')) return new Set([SCOPE_GLOBAL_WRITE])
  return new Set(permissions)
}

export function buildKeyTable(
  adminKey: string,
  adminUserId: string,
  keys: Record<string, { scopes: string[]; userId?: string }> = {}
): KeyTable {
  const table = new Map<string, Principal>()
  for (const [key, def] of Object.entries(keys)) {
    table.set(key, { userId: def.userId ?? adminUserId, scopes: keyClaims(def.scopes) })
  }
  // The admin key stands for a key created without permissions.
  table.set(adminKey, { userId: adminUserId, scopes: keyClaims([]) })
  return table
}

/** common/ASC.Api.Core/Middleware/ApiKeyScopesFilter.cs:77-87 (case-sensitive "Bearer ", trimmed token). */
export function isApiKeyRequest(header: string | undefined): boolean {
  if (header === undefined || header === '' || !header.startsWith('Bearer ')) return false
  return header.slice('Bearer '.length).trim().startsWith('sk-')
}

export function authenticate(header: string | undefined, keys: KeyTable): AuthResult {
  if (header === undefined || header.trim() === '') return { status: 'missing', apiKeyRequest: false }
  const apiKeyRequest = isApiKeyRequest(header)
  // Only "Bearer sk-…" reaches the API-key handler; a raw key is treated as a
  // session token and fails.
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header)
  const principal = m?.[1] ? keys.get(m[1]) : undefined
  return principal ? { status: 'valid', principal, apiKeyRequest } : { status: 'invalid', apiKeyRequest }
}

/**
 * Verbatim copy of `ScopesMap`, common/ASC.Api.Core/Auth/AuthorizationExtension.cs:39-52
 * (a C# Dictionary literal: enumerated in insertion order). Each key is a .NET
 * regex; these patterns mean the same in JavaScript.
 */
export const SCOPES_MAP: ReadonlyArray<readonly [pattern: string, scopes: readonly string[]]> = [
  ['GET api/[^/]+/files/rooms', ['rooms:read', 'rooms:write']],
  ['(POST|PUT|DELETE|UPDATE) api/[^/]+/files/rooms', ['rooms:write']],
  ['GET api/[^/]+/files', ['files:read', 'files:write']],
  ['(POST|PUT|DELETE|UPDATE) api/[^/]+/files', ['files:write']],
  ['GET api/[^/]+/people/@self', ['accounts.self:read', 'accounts.self:write']],
  ['(POST|PUT|DELETE|UPDATE) api/[^/]+/people/@self', ['accounts.self:write']],
  ['GET api/[^/]+/people', ['accounts:read', 'accounts:write']],
  ['(POST|PUT|DELETE|UPDATE) api/[^/]+/people', ['accounts:write']],
  ['GET api/[^/]+/group', ['accounts:read']],
  ['(POST|PUT|DELETE|UPDATE) api/[^/]+/group', ['accounts:write']],
  ['GET api/[^/]+/keys/@self?', ['*']]
]
const SCOPES_REGEXES = SCOPES_MAP.map(([pattern, scopes]) => ({ regex: new RegExp(pattern), scopes }))

/**
 * Port of `GetAuthorizePolicy`, AuthorizationExtension.cs:54-91: the scopes any
 * one of which admits a request to the endpoint with this route template
 * (RoutePattern.RawText, e.g. `api/{version:apiVersion}/files/rooms/{id}/archive`)
 * and HTTP method, or null when the endpoint has no scope policy.
 *
 * Globals first (`*:read`,`*:write` for GET, else `*:write`; :56-65), then the
 * scopes of the first map entry whose regex matches `"<METHOD> <template>"`
 * anywhere (unanchored Regex.IsMatch, `break` on the first hit; :69-86). An
 * entry of exactly ["*"] means no policy at all (:80-83). No match: globals only.
 */
export function authorizePolicy(routeTemplate: string, httpMethod: string): string[] | null {
  const globals = httpMethod === 'GET' ? [SCOPE_GLOBAL_READ, SCOPE_GLOBAL_WRITE] : [SCOPE_GLOBAL_WRITE]
  let local: readonly string[] = []
  const subject = `${httpMethod} ${routeTemplate}`
  for (const { regex, scopes } of SCOPES_REGEXES) {
    if (!regex.test(subject)) continue
    local = scopes
    if (local.length === 1 && local[0] === '*') return null
    break
  }
  return [...new Set([...globals, ...local])]
}

/** ScopesAuthorizationHandler.cs:69-76 and ApiKeyScopesFilter.cs:63-68: any one accepted scope suffices. */
export function scopesAllow(claims: ReadonlySet<string>, policy: readonly string[] | null): boolean {
  return policy === null || policy.some((s) => claims.has(s))
}

/**
 * The 403 of ApiKeyScopesFilter on [AllowAnonymous] endpoints.
 *
 * The filter is an IAsyncResourceFilter (ApiKeyScopesFilter.cs:40) registered
 * globally (common/ASC.Api.Core/Core/BaseStartup.cs:497) and short-circuits with
 * `new StatusCodeResult(403)` (:70). ASP.NET's ResourceInvoker then runs only
 * the IAlwaysRunResultFilters on that result ("IResultFilter instances are not
 * executed in cases where an authorization filter or resource filter
 * short-circuits", docs of IAlwaysRunResultFilter). One of those is the
 * [ApiController] ClientErrorResultFilter (the Files controllers inherit
 * [ApiController] from products/ASC.Files/Server/Api/ApiControllerBase.cs:42),
 * which turns a StatusCodeResult ≥ 400 into a ProblemDetails ObjectResult
 * (type/title from ApiBehaviorOptions.ClientErrorMapping[403], plus `traceId`),
 * written as application/problem+json. DocSpace's envelope filter
 * CustomResponseFilterAttribute is a plain ResultFilterAttribute
 * (common/ASC.Api.Core/Middleware/ResponseWrapper.cs:134), so it does NOT run:
 * the body is a bare ProblemDetails, no {response,status,statusCode} envelope.
 * `traceId` is Activity.Current.Id (W3C form) on a portal with request
 * activities, else HttpContext.TraceIdentifier (inference: unverified which).
 */
export function apiKeyScopeForbidden(): ApiResult {
  const traceId = `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`
  return {
    status: 403,
    text: JSON.stringify({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.4',
      title: 'Forbidden',
      status: 403,
      traceId
    }),
    contentType: 'application/problem+json; charset=utf-8'
  }
}
