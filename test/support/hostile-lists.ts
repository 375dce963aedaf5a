// Listings no portal or GitHub holds, made up page by page so that neither a test nor scripts/hostile-memory.ts has
// to hold them: the action's memory is what is measured.
import type { Fault } from '../emulator/server.js'
import type { GitHubFault } from '../github/server.js'

/**
 * GitHub's comments of a pull request: `total` comments, each `bodyLength` characters long, 100 a page with GitHub's
 * `link` header; with `stuck`, a full page of the same comments whose `next` link always names page 2; with
 * `repeatTo`, the same full page on every page up to that one, linked as GitHub links pages.
 */
export function commentPages(options: {
  total: number
  bodyLength: number
  stuck?: boolean
  repeatTo?: number
  repository?: string
}): GitHubFault {
  const body = 'x'.repeat(options.bodyLength)
  const repository = options.repository ?? 'Codertocat/Hello-World'
  return {
    kind: 'pages',
    page: (page, perPage, url) => {
      const first = options.stuck || options.repeatTo ? 0 : (page - 1) * perPage
      const count = Math.max(0, Math.min(perPage, options.total - first))
      const comments = Array.from({ length: count }, (_, i) => {
        const id = 7_000_000 + first + i
        return {
          id,
          html_url: `https://github.com/${repository}/pull/2#issuecomment-${id}`,
          body,
          user: { login: 'chatty', id: 99, type: 'User' },
          author_association: 'NONE'
        }
      })
      const last = options.repeatTo ?? Math.ceil(options.total / perPage)
      const href = (n: number) => `<${url}?per_page=${perPage}&page=${n}>`
      const link = options.stuck
        ? `${href(2)}; rel="next", ${href(2)}; rel="last"`
        : page < last
          ? `${href(page + 1)}; rel="next", ${href(last)}; rel="last"`
          : undefined
      return { json: JSON.stringify(comments), link }
    }
  }
}

/**
 * A room's share list that keeps giving new members, 100 a page, each with a profile of about `profileBytes` (a real
 * one is about 1 KB; DocSpace lists it whole, EmployeeFullDto).
 */
export function endlessMembers(profileBytes = 20_000): Fault {
  const filler = 'x'.repeat(profileBytes)
  return {
    kind: 'pages',
    page: (query) => {
      const start = Number(query.get('startIndex') ?? 0)
      const count = Number(query.get('count') ?? 100)
      const entries = Array.from({ length: count }, (_, i) => {
        const n = start + i
        return {
          access: 2,
          isOwner: false,
          subjectType: 0,
          canEditAccess: true,
          sharedToUser: {
            id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
            displayName: `Member ${n}`,
            email: `member${n}@example.com`,
            isOwner: false,
            isAdmin: false,
            isRoomAdmin: false,
            profileUrl: `https://portal.example/accounts/view/member${n}`,
            notes: filler
          }
        }
      })
      return JSON.stringify({ response: entries, count: entries.length, status: 0, statusCode: 200 })
    }
  }
}
