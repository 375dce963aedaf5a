// What one of GitHub's answers may cost. Octokit reads a whole answer into memory before anyone sees it, so the bound
// is put on the fetch it is given: the body is read here, counted, and refused the moment it passes its limit or its
// listing's budget; Octokit then parses what was read.

/** Bytes of the answers of one listing, which are read one after another and whose items are kept together. */
export interface ListBudget {
  readonly limit: number
  used: number
  /** What is listed, for the error: "the pull request's comments". */
  readonly what: string
}

/**
 * The largest single answer read, as for DocSpace (docspace/transport.ts): JSON of this size costs under 200 MB to
 * parse whatever it is made of (a million nested lists is the costliest), where 8 MiB of it cost 460 MB. A page of
 * GitHub's can be larger (100 comments at GitHub's limit of 65,536 characters are 6.6 MB, 100 open pull requests
 * about 2.5 MB): such a listing is read again in smaller pages (client.ts, allPages).
 */
export const MAX_GITHUB_ANSWER_BYTES = 2 * 1024 * 1024

/**
 * The shape of JSON that GitHub's answers keep well inside, and that JSON costly to parse does not: lists and objects
 * nested at most 64 deep (GitHub's nest five or six deep, a pull request's head repository's owner), and at most one
 * list or object for every 32 bytes (a comment is a few of them in 2 KB). Two answers of a million nested lists read
 * together took 454 MB; two of empty objects, 241 MB.
 */
const MAX_DEPTH = 64
const BYTES_PER_CONTAINER = 32

/** An answer past a bound, or a listing's answers past theirs; the request that met it is not sent again. */
export class RefusedAnswer extends Error {
  override readonly name = 'RefusedAnswer'
  constructor(
    message: string,
    /** Which bound: one answer's size (a smaller page may pass), its shape, or the listing's budget. */
    readonly bound: 'answer' | 'shape' | 'budget'
  ) {
    super(message)
  }
}

type Fetch = typeof globalThis.fetch

const INNER = Symbol('the fetch a bounded fetch reads through')

/** Statuses whose answers have no body, which a Response may not be given one for. */
const NO_BODY = new Set([101, 204, 205, 304])

/**
 * `inner`, with each answer's body read whole here within MAX_GITHUB_ANSWER_BYTES and what is left of `budget`. A fetch
 * that is already bounded is bounded afresh rather than twice: the throttling plugin sends a request again with the
 * options it was first sent with.
 */
export function boundedFetch(inner: Fetch, budget: ListBudget | undefined): Fetch {
  const base = (inner as Fetch & { [INNER]?: Fetch })[INNER] ?? inner
  const bounded: Fetch = async (input, init) => {
    const response = await base(input, init)
    if (!response.body) return response
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      // Counted as it comes, so that pages read together cannot each stay under what is left and pass it together.
      if (budget) budget.used += value.byteLength
      const bound =
        size > MAX_GITHUB_ANSWER_BYTES ? 'answer' : budget && budget.used > budget.limit ? 'budget' : undefined
      if (bound) {
        await reader.cancel().catch(() => undefined)
        throw new RefusedAnswer(
          bound === 'answer'
            ? `GitHub sent an answer of more than ${mib(MAX_GITHUB_ANSWER_BYTES)}, the most the action reads`
            : `GitHub sent more than ${mib(budget!.limit)} of answers listing ${budget!.what}, the most the action reads`,
          bound
        )
      }
      chunks.push(value)
    }
    const body = Buffer.concat(chunks, size)
    // Only JSON is parsed (Octokit reads any other answer as text).
    const problem = /json/i.test(response.headers.get('content-type') ?? '') ? shapeProblem(body) : undefined
    if (problem) throw new RefusedAnswer(`GitHub sent an answer ${problem}, which none of GitHub's does`, 'shape')
    return new Response(NO_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
  }
  return Object.assign(bounded, { [INNER]: base })
}

/** What makes JSON text costlier to parse than GitHub's answers are, read byte by byte before anyone parses it. */
function shapeProblem(text: Uint8Array): string | undefined {
  const most = 64 + text.length / BYTES_PER_CONTAINER
  let depth = 0
  let containers = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash: the next byte is escaped
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return `that nests lists and objects more than ${MAX_DEPTH} deep`
      if (++containers > most) return `with more than one list or object for every ${BYTES_PER_CONTAINER} bytes`
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return undefined
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`
}
