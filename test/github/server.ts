// A stand-in for GitHub's REST API on loopback: the issue comments and pull requests the action reads and writes,
// the token check, paging and rate limits, each as GitHub's documentation describes it (sources at each rule).
// It records every request, so that a test can assert what was sent and that the token went nowhere else.
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'

/** The token a runner gives a step as `${{ github.token }}` in the tests (test/e2e/run-action.ts passes it). */
export const RUNNER_GITHUB_TOKEN = 'ghs_runnerToken0123456789abcdefABCDEF0123'

export interface StandInComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User'; id?: number }
  /** How the author is related to the repository; GitHub says NONE for a bot. */
  author_association: 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE'
  created_at: string
  updated_at: string
}

export interface StandInPull {
  number: number
  state: 'open' | 'closed'
  title: string
}

export interface GitHubRequest {
  method: string
  /** pathname after the base path, e.g. `/repos/o/r/issues/2/comments` */
  path: string
  query: Record<string, string>
  /** the Authorization header as sent */
  authorization: string | undefined
  body: unknown
  status: number
  /** when the request arrived and when its answer was sent (Date.now()), for ordering, never for timing */
  startedAt: number
  endedAt?: number
}

/** An answer to give instead of the real one, `times` times, for requests matching method and path. */
export type GitHubFault =
  /** A secondary rate limit: 403 or 429 with GitHub's message, and `retry-after` when given. */
  | { kind: 'secondary'; status: 403 | 429; retryAfterSeconds?: number }
  /** The primary rate limit used up: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` in epoch seconds. */
  | { kind: 'primary'; status: 403 | 429; resetInSeconds: number }
  /** Any status and body. */
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  /** The real answer, this much later. */
  | { kind: 'delay'; ms: number }
  /**
   * A listing made up page by page: `page` gives the JSON text of the page asked for and its `link` header, so that a
   * test can list what it could not hold (10,000 comments of 64K characters) or pages that never end or repeat.
   */
  | { kind: 'pages'; page: (page: number, perPage: number, url: string) => { json: string; link?: string } }

export interface GitHubStandInOptions {
  /** added before every answer */
  latencyMs?: number
  /** serve under this path, as GitHub Enterprise Server serves `https://HOST/api/v3` */
  basePath?: string
  tls?: { key: string; cert: string }
  /** where comment html_url points; github.com unless given */
  webUrl?: string
}

export interface GitHubStandIn {
  /** the API base: what GITHUB_API_URL holds, without a trailing slash */
  url: string
  /** a token with `issues: write, pull-requests: write` (the runner's default token) */
  token: string
  /** a token with read access only, as `pull_request` from a fork gets */
  readOnlyToken: string
  /** a maintainer's personal access token (`ghp_`): it writes as USER */
  userToken: string
  /** another GitHub App's installation token (`ghs_`), as actions/create-github-app-token makes: it writes as APP_BOT */
  appToken: string
  requests: GitHubRequest[]
  /** The comments of an issue or pull request, oldest first. */
  comments(repository: string, number: number): StandInComment[]
  /** Adds comments written by someone else (a person by default). */
  addComments(
    repository: string,
    number: number,
    bodies: string[],
    user?: StandInComment['user'],
    association?: StandInComment['author_association']
  ): StandInComment[]
  setPulls(repository: string, pulls: StandInPull[]): void
  /** The next `times` requests matching get `fault` instead of their answer. */
  addFault(method: string, path: RegExp, fault: GitHubFault, times?: number): void
  reset(): void
  close(): Promise<void>
}

interface FaultRule {
  method: string
  path: RegExp
  fault: GitHubFault
  times: number
}

/** Who the job's token writes as: GitHub Actions' app, user 41898282 on github.com. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 } as const
/** The maintainer whose personal access token `userToken` is. */
export const USER = { login: 'octocat', type: 'User', id: 583231 } as const
/** The bot of the app whose installation token `appToken` is. */
export const APP_BOT = { login: 'docspace-rooms[bot]', type: 'Bot', id: 149213734 } as const

/**
 * "Issue comments are ordered by ascending ID"; `per_page` "The number of results per page (max 100)", default
 * 30; `page` default 1 (docs.github.com/en/rest/issues/comments#list-issue-comments).
 */
const DEFAULT_PER_PAGE = 30
const MAX_PER_PAGE = 100
/** A body over 65,536 characters is refused with 422 "Body is too long" (SHARING-FACTS.md §5.3, danger/danger#424). */
const MAX_BODY = 65_536

export async function startGitHubStandIn(options: GitHubStandInOptions = {}): Promise<GitHubStandIn> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  const webUrl = options.webUrl ?? 'https://github.com'
  const token = `ghs_${randomBytes(18).toString('hex')}`
  const readOnlyToken = `ghs_${randomBytes(18).toString('hex')}`
  const userToken = `ghp_${randomBytes(18).toString('hex')}`
  const appToken = `ghs_${randomBytes(18).toString('hex')}`
  /** Who each token writes as: an installation's token as its app's bot, a personal one as its person. */
  const identityOf = (presented: string | undefined) =>
    presented === userToken ? USER : presented === appToken ? APP_BOT : BOT
  const requests: GitHubRequest[] = []
  let comments = new Map<string, StandInComment[]>()
  let pulls = new Map<string, StandInPull[]>()
  let faults: FaultRule[] = []
  let nextId = 1_000_000
  let clock = Date.parse('2026-11-01T00:00:00Z')
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z')

  const key = (repository: string, number: number) => `${repository.toLowerCase()}#${number}`
  const thread = (repository: string, number: number) => {
    const k = key(repository, number)
    if (!comments.has(k)) comments.set(k, [])
    return comments.get(k)!
  }
  const newComment = (
    body: string,
    user: StandInComment['user'],
    association: StandInComment['author_association'] = 'NONE'
  ): StandInComment => {
    const at = now()
    return { id: nextId++, body, user: { ...user }, author_association: association, created_at: at, updated_at: at }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, text: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    const method = req.method ?? 'GET'
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname
    const query = Object.fromEntries(url.searchParams)
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const entry: GitHubRequest = {
      method,
      path,
      query,
      authorization: req.headers.authorization,
      body,
      status: 0,
      startedAt: Date.now()
    }
    requests.push(entry)
    if (options.latencyMs) await new Promise((done) => setTimeout(done, options.latencyMs))
    const origin = `${options.tls ? 'https' : 'http'}://${req.headers.host}${basePath}`

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      entry.status = status
      entry.endedAt = Date.now()
      const limit = {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '999',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core'
      }
      res
        .writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-media-type': 'github.v3; format=json',
          ...limit,
          ...headers
        })
        .end(payload === undefined ? '' : JSON.stringify(payload))
    }
    const error = (status: number, message: string, documentation = 'https://docs.github.com/rest') =>
      send(status, { message, documentation_url: documentation, status: String(status) })

    // "Requests that require authentication will return 404 Not Found, instead of 403 Forbidden, in some places";
    // a wrong token answers 401 "Bad credentials" (docs.github.com/en/rest/authentication/authenticating-to-the-rest-api).
    const presented = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    if (![token, readOnlyToken, RUNNER_GITHUB_TOKEN, userToken, appToken].includes(presented ?? '')) {
      error(401, 'Bad credentials')
      return
    }

    const rule = faults.find((f) => f.method === method && f.path.test(path))
    if (rule) {
      if (--rule.times <= 0) faults = faults.filter((f) => f !== rule)
    }
    if (rule?.fault.kind === 'delay') {
      await new Promise((done) => setTimeout(done, (rule.fault as { ms: number }).ms))
      if (res.destroyed) return
    } else if (rule) {
      const { fault } = rule
      // "If you exceed a secondary rate limit, you will receive a 403 or 429 response and an error message that
      // indicates that you exceeded a secondary rate limit. If the retry-after response header is present, you
      // should not retry your request until after that many seconds has elapsed"; for the primary limit "the
      // x-ratelimit-remaining header will be 0 … x-ratelimit-reset … in UTC epoch seconds"
      // (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
      if (fault.kind === 'secondary') {
        entry.status = fault.status
        send(
          fault.status,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: String(fault.status)
          },
          fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) }
        )
      } else if (fault.kind === 'primary') {
        send(
          fault.status,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-rate-limit',
            status: String(fault.status)
          },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + fault.resetInSeconds)
          }
        )
      } else if (fault.kind === 'pages') {
        const made = fault.page(Number(query.page) || 1, Number(query.per_page) || DEFAULT_PER_PAGE, `${origin}${path}`)
        entry.status = 200
        entry.endedAt = Date.now()
        res
          .writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            ...(made.link ? { link: made.link } : {})
          })
          .end(made.json)
      } else send(fault.status, fault.body, fault.headers)
      return
    }

    const write = method !== 'GET' && method !== 'HEAD'
    // A token without write permission: "Resource not accessible by integration" (403), as `pull_request` runs
    // from forks get (peter-evans/create-or-update-comment README; SHARING-FACTS.md §5.2).
    if (write && presented === readOnlyToken) {
      error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments')
      return
    }

    // GET /user answers for a person's token only: an installation's gets 403 "Resource not accessible by
    // integration" (docs.github.com/en/rest/users/users#get-the-authenticated-user; marocchino/sticky-pull-request-
    // comment asks GraphQL's `viewer` instead, which answers for both).
    const identity = identityOf(presented)
    if (path === '/user' && method === 'GET') {
      if (identity.type === 'Bot') {
        error(
          403,
          'Resource not accessible by integration',
          'https://docs.github.com/rest/users/users#get-the-authenticated-user'
        )
      } else send(200, { login: identity.login, id: identity.id, type: identity.type, site_admin: false })
      return
    }
    // POST /graphql (GitHub Enterprise Server: /api/graphql): only `viewer { login databaseId }`, which names the
    // token's account, a bot with its `[bot]` login.
    if (/^(\/api)?\/graphql$/.test(path) && method === 'POST') {
      const query = (body as { query?: unknown } | undefined)?.query
      if (typeof query !== 'string' || !/viewer\s*\{/.test(query)) {
        send(200, { errors: [{ message: 'the stand-in answers only viewer' }] })
        return
      }
      send(200, { data: { viewer: { login: identity.login, databaseId: identity.id } } })
      return
    }

    let m: RegExpExecArray | null
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const repository = `${m[1]}/${m[2]}`
      const list = thread(repository, Number(m[3]))
      if (method === 'GET') {
        const page = pageOf(list, query, `${origin}${path}`)
        send(
          200,
          page.items.map((c) => commentJson(c, repository, Number(m![3]), origin, webUrl)),
          page.link ? { link: page.link } : {}
        )
        return
      }
      if (method === 'POST') {
        const problem = bodyProblem(body)
        if (problem) {
          send(422, problem)
          return
        }
        const comment = newComment((body as { body: string }).body, identity)
        list.push(comment)
        send(201, commentJson(comment, repository, Number(m[3]), origin, webUrl), {
          location: `${origin}/repos/${repository}/issues/comments/${comment.id}`
        })
        return
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const repository = `${m[1]}/${m[2]}`
      const id = Number(m[3])
      const found = [...comments.entries()].find(
        ([k, list]) => k.startsWith(`${repository.toLowerCase()}#`) && list.some((c) => c.id === id)
      )
      if (!found) {
        error(404, 'Not Found')
        return
      }
      const [k, list] = found
      const number = Number(k.split('#')[1])
      const index = list.findIndex((c) => c.id === id)
      if (method === 'PATCH') {
        const problem = bodyProblem(body)
        if (problem) {
          send(422, problem)
          return
        }
        list[index] = { ...list[index]!, body: (body as { body: string }).body, updated_at: now() }
        send(200, commentJson(list[index], repository, number, origin, webUrl))
        return
      }
      if (method === 'DELETE') {
        list.splice(index, 1)
        entry.status = 204
        res.writeHead(204).end()
        return
      }
    }
    // GET /repos/{owner}/{repo}/pulls: `state` open by default, `per_page` max 100, `page`
    // (docs.github.com/en/rest/pulls/pulls#list-pull-requests).
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(path)) && method === 'GET') {
      const repository = `${m[1]}/${m[2]}`
      const state = query.state ?? 'open'
      const all = (pulls.get(repository.toLowerCase()) ?? [])
        .filter((p) => state === 'all' || p.state === state)
        .sort((a, b) => b.number - a.number)
      const page = pageOf(all, query, `${origin}${path}`)
      send(
        200,
        page.items.map((p) => ({
          number: p.number,
          state: p.state,
          title: p.title,
          html_url: `${webUrl}/${repository}/pull/${p.number}`
        })),
        page.link ? { link: page.link } : {}
      )
      return
    }
    error(404, 'Not Found')
  }

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let text = ''
    req.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
    req.on('end', () => {
      handle(req, res, text).catch((e: unknown) => {
        res.writeHead(500).end(JSON.stringify({ message: String(e) }))
      })
    })
  }
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : http.createServer(listener)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}${basePath}`,
    token,
    readOnlyToken,
    userToken,
    appToken,
    requests,
    comments: (repository, number) => [...thread(repository, number)],
    addComments: (repository, number, bodies, user = { login: 'octocat', type: 'User' }, association = 'NONE') => {
      const made = bodies.map((b) => newComment(b, user, association))
      thread(repository, number).push(...made)
      return made
    },
    setPulls: (repository, list) => void pulls.set(repository.toLowerCase(), list),
    addFault: (method, path, fault, times = 1) => void faults.push({ method, path, fault, times }),
    reset: () => {
      comments = new Map()
      pulls = new Map()
      faults = []
      requests.length = 0
      clock = Date.parse('2026-11-01T00:00:00Z')
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

/**
 * One page and the `link` header GitHub sends with it: `<…&page=2>; rel="next", <…&page=5>; rel="last"` and on
 * later pages `rel="prev"` and `rel="first"`; "If … all results fit on a single page, the link header will be
 * omitted" (docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api#using-link-headers).
 */
function pageOf<T>(all: T[], query: Record<string, string>, base: string): { items: T[]; link?: string } {
  const perPage = Math.min(Math.max(Number(query.per_page) || DEFAULT_PER_PAGE, 1), MAX_PER_PAGE)
  const page = Math.max(Number(query.page) || 1, 1)
  const items = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  if (last === 1) return { items }
  const href = (p: number) => {
    const u = new URL(base)
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v)
    u.searchParams.set('per_page', String(perPage))
    u.searchParams.set('page', String(p))
    return `<${u.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${href(page - 1)}; rel="prev"`)
  if (page < last) links.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`)
  if (page > 1) links.push(`${href(1)}; rel="first"`)
  return { items, link: links.join(', ') }
}

function commentJson(c: StandInComment, repository: string, number: number, origin: string, webUrl: string) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${origin}/repos/${repository}/issues/comments/${c.id}`,
    html_url: `${webUrl}/${repository}/pull/${number}#issuecomment-${c.id}`,
    issue_url: `${origin}/repos/${repository}/issues/${number}`,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.author_association
  }
}

/** What GitHub answers a create or update whose body is missing or too long: 422 "Validation Failed". */
function bodyProblem(body: unknown): unknown {
  const text = (body as { body?: unknown } | undefined)?.body
  if (typeof text !== 'string' || text === '') {
    return {
      message: 'Invalid request.\n\nNo subschema in "anyOf" matched.\n"body" wasn\'t supplied.',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422'
    }
  }
  if (text.length > MAX_BODY) {
    return {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422'
    }
  }
  return undefined
}
