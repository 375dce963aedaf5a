/** What a failed request most likely means, in the user's terms. DocSpace's own message comes separately. */
export interface FailedRequest {
  method: string
  path: string
  status: number
  docspaceMessage?: string
  bodyKind: 'empty' | 'json' | 'html' | 'text'
}

export function likelyCause(r: FailedRequest): string | undefined {
  const onFileOps = /^api\/2\.0\/files\/fileops/.test(r.path)
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
    case 403:
      if (onRoomFiles && r.bodyKind === 'empty') {
        return 'the API key lacks the "files:write" scope, which writing the description to README.txt in the room needs (DocSpace checks POST /files/{folderId}/text against files:write, and reading the room\'s files against files:read or files:write); give the key "files:write" as well, and re-run: the room is kept and the re-run writes README.txt'
      }
      if (onFileOps) {
        return 'the API key lacks the "files:read" scope, which reading the progress of archive, unarchive and delete needs; give the key "rooms:write" and "files:read"'
      }
      if (/archiv/i.test(said)) return 'the room is archived, and archived rooms are read-only; unarchive it first'
      if (r.bodyKind === 'empty') {
        return `the API key lacks the "${isWrite ? 'rooms:write' : 'rooms:read'}" scope, or its user has no access to this room`
      }
      if (onRoom && r.method === 'PUT' && !/\/(archive|unarchive)$/.test(r.path)) {
        return "no room with that ID exists, the room is archived, or the API key's user may not edit it"
      }
      return isWrite
        ? "the API key's user has no right to do this with the room (only the room's owner or a DocSpace admin may archive it, and only its creator may delete an active room)"
        : "the API key's user has no access to this room"
    case 404:
      if (r.bodyKind !== 'json') return 'portal-url does not point at the DocSpace API (the path was not found)'
      return onRoom
        ? "no room with that ID exists (or it was deleted), or the key's user cannot see it"
        : 'DocSpace does not know this resource'
    case 400:
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
