// API-key authentication and the scope map of AuthorizationExtension.cs.

export interface Principal {
  userId: string
  /** undefined = full access (the admin key, or a key with no scopes / '*') */
  scopes: Set<string> | undefined
}

export type AuthResult = { status: 'missing' } | { status: 'invalid' } | { status: 'valid'; principal: Principal }

export interface KeyTable {
  get(key: string): Principal | undefined
}

export function buildKeyTable(
  adminKey: string,
  adminUserId: string,
  keys: Record<string, { scopes: string[]; userId?: string }> = {}
): KeyTable {
  const table = new Map<string, Principal>()
  for (const [key, def] of Object.entries(keys)) {
    const full = def.scopes.length === 0 || def.scopes.includes('*')
    table.set(key, { userId: def.userId ?? adminUserId, scopes: full ? undefined : new Set(def.scopes) })
  }
  table.set(adminKey, { userId: adminUserId, scopes: undefined })
  return table
}

export function authenticate(header: string | undefined, keys: KeyTable): AuthResult {
  if (header === undefined || header.trim() === '') return { status: 'missing' }
  // Only "Bearer sk-…" reaches the API-key handler; a raw key is treated as a
  // session token and fails.
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header)
  const principal = m?.[1] ? keys.get(m[1]) : undefined
  return principal ? { status: 'valid', principal } : { status: 'invalid' }
}

export type ScopeArea = 'rooms' | 'files'

export function hasScope(principal: Principal, method: string, area: ScopeArea): boolean {
  const scopes = principal.scopes
  if (!scopes) return true
  const read = method === 'GET' || method === 'HEAD'
  if (scopes.has('*:write') || scopes.has(`${area}:write`)) return true
  return read && (scopes.has('*:read') || scopes.has(`${area}:read`))
}
