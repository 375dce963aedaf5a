/** What a failed request most likely means, in the user's terms. DocSpace's own message comes separately. */
export interface FailedRequest {
  method: string
  path: string
  status: number
  docspaceMessage?: string
  /** `problem`: a bare RFC 7807 ProblemDetails without DocSpace's envelope. */
  bodyKind: 'empty' | 'json' | 'problem' | 'html' | 'text'
}

/**
 * The scope DocSpace checks a request against, from its scope map (AuthorizationExtension.cs:39-52; the first
 * pattern that matches wins): every `files/rooms…` route is a rooms request, every other `files/…` route, the
 * progress listing and a room's files among them, a files request.
 */
export function scopeFor(method: string, path: string): string {
  const area = /^api\/2\.0\/files\/rooms\b/.test(path)
    ? 'rooms'
    : /^api\/2\.0\/people\b/.test(path)
      ? 'accounts'
      : 'files'
  return `${area}:${method === 'GET' ? 'read' : 'write'}`
}

const SCOPE_USE: Record<string, string> = {
  'files:read':
    'reading the progress of archive, unarchive and delete (GET /files/fileops) needs it; give the key "rooms:write" and "files:read"',
  'files:write':
    'writing the description to README.txt in the room needs it (POST /files/{folderId}/text); give the key "files:write" as well, and re-run: the room is kept and the re-run writes README.txt',
  'accounts:read':
    'making someone a room-manager needs it: DocSpace takes that access only by user ID, which the action looks up by e-mail (GET /people/email); give the key "accounts:read" as well'
}

export function likelyCause(r: FailedRequest): string | undefined {
  // README.txt for `description`: written with POST files/{folderId}/text, looked for with GET files/{folderId}.
  const onRoomFiles = /^api\/2\.0\/files\/(?!rooms\b|fileops\b|tags\b)[^/]+(\/text)?$/.test(r.path)
  const onRoom = /^api\/2\.0\/files\/rooms\/[^/]+/.test(r.path)
  const isWrite = r.method !== 'GET'
  const said = r.docspaceMessage ?? ''

  if (r.bodyKind === 'html' && r.status !== 429 && r.status < 500) {
    return 'portal-url does not point at DocSpace (an HTML page answered, as a web site or a proxy does); use the portal base URL such as https://example.onlyoffice.com'
  }
  switch (r.status) {
    case 401:
      return 'the API key is wrong, expired or revoked. Create a key in DocSpace (Settings → Developer Tools → API keys) and store it whole, starting with "sk-", as the secret; the action sends it as "Authorization: Bearer <key>"'
    case 402:
      return "the portal's plan does not allow more rooms (room quota reached); archive or delete rooms, or upgrade the plan"
    case 403: {
      // A 403 without DocSpace's envelope comes from the scope check: empty from the authorization middleware,
      // a bare ProblemDetails from ApiKeyScopesFilter on endpoints open to anonymous callers, which also
      // turns away a key that failed authentication (ApiKeyScopesFilter.cs:46-72).
      const scope = onRoomFiles && !isWrite ? 'files:write' : scopeFor(r.method, r.path)
      const use = /^api\/2\.0\/files\/logos$/.test(r.path)
        ? 'uploading the logo image needs it (POST /files/logos); give the key "files:write" as well'
        : (SCOPE_USE[scope] ?? '')
      if (r.bodyKind === 'empty') return `the API key lacks the "${scope}" scope${use ? `, and ${use}` : ''}`
      if (r.bodyKind === 'problem') {
        return `the API key is wrong, expired or revoked, or it lacks the "${scope}" scope: DocSpace answers both alike here${use ? `; ${use}` : ''}`
      }
      if (/archiv/i.test(said)) return 'the room is archived, and archived rooms are read-only; unarchive it first'
      // Resource.RoomQuotaGreaterPortalError (FileStorageService.cs:960-966, 1172-1178)
      if (/greater than the total DocSpace storage/i.test(said)) {
        return 'quota is larger than the whole portal\'s storage; give a smaller quota, "unlimited" or "default"'
      }
      // FilesCommonResource.ErrorrMessage_PinRoom (FileStorageService.cs:4541-4572)
      if (/can't pin a room/i.test(said)) {
        return "the key's user already has 10 rooms pinned (DocSpace's limit per user), or may not pin this room; unpin one first"
      }
      if (onRoom && r.method === 'PUT' && !/\/(archive|unarchive)$/.test(r.path)) {
        return "no room with that ID exists, the room is archived, or the API key's user may not edit it"
      }
      return isWrite
        ? "the API key's user has no right to do this with the room (only the room's owner or a DocSpace admin may archive it, and only its creator may delete an active room)"
        : "the API key's user has no access to this room"
    }
    case 404:
      if (r.bodyKind !== 'json') return 'portal-url does not point at the DocSpace API (the path was not found)'
      return onRoom
        ? "no room with that ID exists (or it was deleted), or the key's user cannot see it"
        : 'DocSpace does not know this resource'
    case 400:
      // [MaxEmailInvitations] (EmailInvitationDto.cs:62-80): the tenant's web:invitation-limit.
      if (/\/share$/.test(r.path) && /invitation limit/i.test(said)) {
        return "the portal takes fewer e-mail invitations at once than members names people DocSpace does not know yet; invite them over several runs, or raise the portal's invitation limit. Nothing was changed"
      }
      return 'DocSpace refused the request as invalid'
    case 413:
      return 'the request was too large for the portal or a proxy in front of it'
    case 429:
      return "DocSpace's rate limit (1,500 requests a minute, 15 concurrent writes per user on DocSpace Cloud); run fewer jobs at once with this key or try later"
    case 500:
      return 'an internal error in DocSpace; try again, and if it persists check the portal'
    case 502:
    case 503:
    case 504:
      return 'the portal, or a proxy in front of it, is unavailable or overloaded; try again later'
  }
  if (r.status >= 200 && r.status < 300 && r.bodyKind !== 'json') {
    return 'portal-url does not point at the DocSpace API (something other than DocSpace answered)'
  }
  return undefined
}
