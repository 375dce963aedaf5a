import type { getOctokit } from '@actions/github'
import * as v from 'valibot'
import { formatSeconds, type Deadline } from '../lib/deadline.js'
import { clipSafely, redact } from '../lib/redact.js'
import { RefusedAnswer, boundedFetch, MAX_GITHUB_ANSWER_BYTES, type ListBudget } from './bounded-fetch.js'

// The one place that talks to GitHub's API. Octokit comes from @actions/github, which points it at
// GITHUB_API_URL (GitHub Enterprise Server sets it to https://HOST/api/v3) and sends its requests through the
// runner's proxy (https_proxy, no_proxy). Both are loaded on first use only: a run that asks GitHub nothing
// never loads them, and their import is what costs a pull-request run's start.

type Octokit = ReturnType<typeof getOctokit>

export interface GitHubOptions {
  token: string
  deadline: Deadline
  /** Bound on each request. */
  requestTimeoutMs: number
  /** How many times a request refused by a rate limit is sent again. */
  maxRetries: number
  debug: (line: string) => void
  warn: (line: string) => void
}

/** A failed exchange with GitHub, in GitHub's words. */
export class GitHubApiError extends Error {
  constructor(
    /** e.g. `POST /repos/o/r/issues/2/comments` */
    readonly request: string,
    readonly status: number | undefined,
    readonly githubMessage: string,
    note?: string
  ) {
    super(
      status === undefined
        ? `${request} failed: ${githubMessage}${note ? `. ${note}` : ''}`
        : `${request} failed with HTTP ${status}: GitHub says "${githubMessage}"${note ? `. ${note}` : ''}`
    )
    this.name = 'GitHubApiError'
  }
}

export interface GitHubAnswer<T> {
  data: T
  headers: Record<string, string | number | undefined>
}

/** How a listing is read: what tells its items apart, and how many bytes of answers it may take. */
export interface Listing<T> {
  /** The item's identity (GitHub's id, a pull request's number): an item seen before is not kept again. */
  key: (item: T) => number | string
  /** Bytes of answers the whole listing may take (ListBudget). */
  maxBytes: number
  /** What is listed, for the error when it takes more: "the pull request's comments". */
  what: string
  params?: Record<string, unknown>
}

export interface GitHub {
  /** One request; its answer checked against `schema`. */
  request<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    schema: v.GenericSchema<unknown, T>,
    params?: Record<string, unknown>
  ): Promise<GitHubAnswer<T>>
  /**
   * Every item of a listing, 100 a page, each page checked against `item` (whose output is what is kept of it). Reading
   * stops at a page that brings no item not seen before, so that neither a `link` header nor pages that repeat can
   * draw requests or memory without end.
   */
  allPages<T>(path: string, item: v.GenericSchema<unknown, T>, listing: Listing<T>): Promise<T[]>
  /** A GraphQL query; its `data` checked against `schema`. */
  graphql<T>(query: string, schema: v.GenericSchema<unknown, T>): Promise<T>
  /** Whether the token is an app installation's (`ghs_`, the job's token among them) rather than a person's. */
  readonly installationToken: boolean
}

/** GitHub's API address for messages, as @actions/github reads it. */
export function gitHubApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_API_URL || 'https://api.github.com'
}

const PAGE_SIZE = 100
/**
 * Pages after the first read at once: GitHub allows 100 concurrent requests, and a comment listing is short. Two, so
 * that the answers parsed at once, each of up to MAX_GITHUB_ANSWER_BYTES, stay within what a run should hold whatever
 * JSON they are made of (scripts/hostile-memory.ts).
 */
const PAGE_CONCURRENCY = 2
/** 100,000 comments or open pull requests: more is no listing this action should read whole. */
const MAX_PAGES = 1000

export async function connectGitHub(options: GitHubOptions): Promise<GitHub> {
  const [{ getOctokit }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-throttling')
  ])
  const { deadline } = options
  /** Why the last request refused by a rate limit was not sent again, for its error. */
  let notRetried: string | undefined

  const retry = (retryAfter: number, request: { method: string; url: string }, retryCount: number): boolean => {
    const what = `${request.method} ${request.url}`
    if (retryCount >= options.maxRetries) {
      notRetried = `Not retried: ${retryCount} retr${retryCount === 1 ? 'y' : 'ies'} already (max-retries)`
      return false
    }
    const waitMs = retryAfter * 1000
    if (waitMs > deadline.remainingMs()) {
      notRetried = `Not retried: GitHub asks to wait ${formatSeconds(waitMs)}, past timeout-seconds (${formatSeconds(deadline.remainingMs())} left)`
      return false
    }
    options.warn(`GitHub's rate limit: sending ${what} again in ${formatSeconds(waitMs)}`)
    return true
  }

  // Registered before the throttling plugin, so that it wraps each attempt and not the retries together.
  const timeouts = (octokit: { hook: Octokit['hook'] }) => {
    octokit.hook.wrap('request', async (request, opts) => {
      const ms = Math.min(options.requestTimeoutMs, deadline.remainingMs())
      const signal = AbortSignal.timeout(Math.max(ms, 1))
      const started = Date.now()
      const given = opts.request as { fetch?: typeof fetch; budget?: ListBudget } | undefined
      // In place: the inner hooks are bound to this options object and do not read an argument. Every answer is read
      // within its bound (bounded-fetch.ts), a listing's within its budget.
      opts.request = { ...opts.request, signal, fetch: boundedFetch(given?.fetch ?? globalThis.fetch, given?.budget) }
      try {
        const response = await request(opts)
        options.debug(`${opts.method} ${opts.url} → ${response.status} (${Date.now() - started} ms)`)
        return response
      } catch (error) {
        // Octokit reports an error of its fetch as its own, with the fetch's as the cause.
        const cause = (error as { cause?: unknown }).cause
        if (cause instanceof RefusedAnswer) throw cause
        if (signal.aborted) {
          const bound =
            ms < options.requestTimeoutMs
              ? `timeout-seconds ran out (${formatSeconds(deadline.totalMs)})`
              : `no answer within ${formatSeconds(options.requestTimeoutMs)} (request-timeout-seconds)`
          throw Object.assign(new Error(`GitHub did not answer: ${bound}`), { timedOut: true })
        }
        throw error
      }
    })
  }

  const octokit = getOctokit(
    options.token,
    {
      // Octokit logs warnings and errors to the console, which would print outside safe-text.
      log: { debug: () => undefined, info: () => undefined, warn: options.debug, error: options.debug },
      throttle: {
        onRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) =>
          retry(after, req, count),
        onSecondaryRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) =>
          retry(after, req, count)
      }
    },
    timeouts,
    throttling
  )

  async function request<T>(
    method: string,
    path: string,
    schema: v.GenericSchema<unknown, T>,
    params: Record<string, unknown> = {}
  ): Promise<GitHubAnswer<T>> {
    const shown = `${method} ${path}`
    let response: { data: unknown; headers: Record<string, string | number | undefined> }
    try {
      response = await octokit.request(`${method} ${path}`, params)
    } catch (error) {
      const refused = (error as { status?: number }).status
      throw describe(shown, error, refused === 403 || refused === 429 ? notRetried : undefined)
    }
    const checked = v.safeParse(schema, response.data, { abortEarly: true })
    if (!checked.success) {
      const issue = checked.issues[0]
      const where = (issue.path ?? []).reduce(
        (text, { key }) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
        'response'
      )
      throw new Error(
        `GitHub answered ${shown} with something the action cannot read (${where}: ${githubWords(issue.message)}); check that GITHUB_API_URL (${gitHubApiUrl()}) is GitHub's API`
      )
    }
    return { data: checked.output, headers: response.headers }
  }

  /** Reads the listing's pages of `perPage`, handing each to `keep`, until one brings nothing new or is the last. */
  async function readPages<T>(
    path: string,
    list: v.GenericSchema<unknown, T[]>,
    params: Record<string, unknown> | undefined,
    budget: ListBudget,
    perPage: number,
    keep: (answer: GitHubAnswer<T[]>) => boolean
  ): Promise<void> {
    const read = (page: number) =>
      request('GET', path, list, { ...params, per_page: perPage, page, request: { budget } })
    const tooMany = () =>
      new Error(`GitHub lists more than ${MAX_PAGES} pages of ${perPage} for GET ${path}; the action reads no more`)
    const first = await read(1)
    const last = pageNumber(first.headers.link, 'last') ?? 1
    if (last > MAX_PAGES) throw tooMany()
    let more = keep(first)
    let lastRead = { number: 1, answer: first }
    // GitHub names the last page, so the rest can be read together; any that were added meanwhile follow.
    for (let page = 2; more && page <= last; page += PAGE_CONCURRENCY) {
      const numbers = Array.from({ length: Math.min(PAGE_CONCURRENCY, last - page + 1) }, (_, i) => page + i)
      const pages = await Promise.all(numbers.map(read))
      for (const [i, answer] of pages.entries()) {
        lastRead = { number: numbers[i]!, answer }
        if (!keep(answer)) {
          more = false
          break
        }
      }
    }
    // A full page without a `next` link (a proxy that drops the header) is not taken for the end: a listing cut
    // short would read open pull requests as closed, or miss the comment and write a second one. The next page is
    // the one after, whatever page a `next` link names.
    const after = ({ number, answer }: typeof lastRead) =>
      pageNumber(answer.headers.link, 'next') !== undefined || answer.data.length >= perPage ? number + 1 : undefined
    for (let page = more ? after(lastRead) : undefined; page !== undefined;) {
      if (page > MAX_PAGES) throw tooMany()
      const answer = await read(page)
      page = keep(answer) ? after({ number: page, answer }) : undefined
    }
  }

  return {
    request: (method, path, schema, params) => request(method, path, schema, params),
    async allPages<T>(path: string, item: v.GenericSchema<unknown, T>, listing: Listing<T>): Promise<T[]> {
      const list = v.array(item)
      const budget: ListBudget = { limit: listing.maxBytes, used: 0, what: listing.what }
      const items = new Map<number | string, T>()
      /** Keeps the page's items not seen before; whether there were any. */
      const keep = (answer: GitHubAnswer<T[]>): boolean => {
        let fresh = false
        for (const one of answer.data) {
          const key = listing.key(one)
          if (items.has(key)) continue
          items.set(key, one)
          fresh = true
        }
        return fresh
      }
      // A page larger than one answer may be (100 long comments can pass it) is read again in smaller pages: the
      // listing starts over with a quarter of the page size, what was kept staying kept. One item always fits.
      for (let perPage = PAGE_SIZE; ; perPage = Math.ceil(perPage / 4)) {
        try {
          await readPages(path, list, listing.params, budget, perPage, keep)
          return [...items.values()]
        } catch (error) {
          const cause = (error as { cause?: unknown }).cause
          if (!(cause instanceof RefusedAnswer && cause.bound === 'answer' && perPage > 1)) throw error
          options.debug(
            `GET ${path}: a page of ${perPage} passed ${MAX_GITHUB_ANSWER_BYTES} bytes; reading smaller pages`
          )
        }
      }
    },
    async graphql<T>(query: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
      let data: unknown
      try {
        data = await octokit.graphql(query)
      } catch (error) {
        throw describe('POST /graphql', error, undefined)
      }
      const checked = v.safeParse(schema, data, { abortEarly: true })
      if (!checked.success) throw new Error(`GitHub answered POST /graphql with something the action cannot read`)
      return checked.output
    },
    installationToken: options.token.startsWith('ghs_')
  }
}

/** The page number of a `link` header's `rel` (`<https://…?per_page=100&page=3>; rel="last"`). */
export function pageNumber(link: string | number | undefined, rel: 'next' | 'last'): number | undefined {
  if (typeof link !== 'string') return undefined
  for (const part of link.split(',')) {
    // Anchored: unanchored, `<([^>]+)>` would read from each `<` of a header of `<<<…` to its end.
    const m = /^\s*<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part)
    if (m?.[2] !== rel) continue
    const page = Number(new URL(m[1]!, 'http://link.invalid').searchParams.get('page'))
    return Number.isSafeInteger(page) && page > 0 ? page : undefined
  }
  return undefined
}

function describe(request: string, error: unknown, note: string | undefined): Error {
  if (error instanceof RefusedAnswer)
    return Object.assign(new GitHubApiError(request, undefined, error.message), { cause: error })
  if (error instanceof Error && (error as { timedOut?: boolean }).timedOut) {
    return new GitHubApiError(request, undefined, error.message)
  }
  const e = error as { status?: number; message?: string; response?: { data?: unknown } }
  const data = e.response?.data as { message?: unknown } | undefined
  const said = githubWords(typeof data?.message === 'string' ? data.message : (e.message ?? String(error)))
  // No answer at all: a network error, which Octokit reports as status 500 without a response.
  if (e.response === undefined) {
    return new GitHubApiError(
      request,
      undefined,
      said,
      `Check GITHUB_API_URL (${gitHubApiUrl()}) and the runner's proxy settings (https_proxy, no_proxy)`
    )
  }
  return new GitHubApiError(request, e.status, said, note)
}

/** GitHub's words, at most this long: a proxy's error page can be megabytes, and the job summary takes 1 MiB. */
const MAX_SAID = 300
/** The most of a page read for those words; more of it would only be cut off. */
const MAX_PAGE_READ = 100_000

/** The text of GitHub's message or error page, on one line, secrets hidden, then clipped. */
function githubWords(text: string): string {
  // Hidden before the page is cut to what is read, or a secret across the cut would be found by neither part.
  return clipSafely(plainText(redact(text).slice(0, MAX_PAGE_READ)).replace(/\s+/g, ' ').trim(), MAX_SAID)
}

/**
 * A page without its tags, scripts and styles, in one pass. Regular expressions such as `<script\b[^]*?<\/script>`
 * read from each `<script` to the end of a page that never closes one, and a page of `<script<script…` took time
 * growing with the square of its size; here a search that found no end is not made again.
 */
export function plainText(html: string): string {
  let out = ''
  let at = 0
  // The start of the first `>` and `</script>` or `</style>` at or after where they were looked for; -1 for none.
  let tagEnd = 0
  const closes: Record<string, number> = { script: 0, style: 0 }
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', at)) {
    const next = html.charCodeAt(open + 1) | 0x20
    const isTag = (next >= 0x61 && next <= 0x7a) || html[open + 1] === '/' || html[open + 1] === '!'
    if (!isTag) {
      out += html.slice(at, open + 1)
      at = open + 1
      continue
    }
    const name = /^<(script|style)\b/i.exec(html.slice(open, open + 8))?.[1]?.toLowerCase()
    if (name !== undefined && closes[name]! >= 0) {
      if (closes[name]! <= open) closes[name] = closingTag(html, name, open)
      if (closes[name]! >= 0) {
        out += `${html.slice(at, open)} `
        at = html.indexOf('>', closes[name]) + 1
        continue
      }
    }
    if (tagEnd >= 0 && tagEnd <= open) tagEnd = html.indexOf('>', open)
    // No tag closes after this: the rest is text.
    if (tagEnd < 0) break
    out += `${html.slice(at, open)} `
    at = tagEnd + 1
  }
  return out + html.slice(at)
}

/** Where the first `</name` followed by white space and `>` starts, from `from` on; -1 when there is none. */
function closingTag(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'gi')
  close.lastIndex = from
  return close.exec(html)?.index ?? -1
}
