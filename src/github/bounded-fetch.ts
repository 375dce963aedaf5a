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
 * The largest single answer read. GitHub's largest for this action is a page of 100 comments at GitHub's limit of
 * 65,536 characters each: 6.6 MB of text (a page of open pull requests is about 2.5 MB).
 */
export const MAX_GITHUB_ANSWER_BYTES = 8 * 1024 * 1024

/** An answer, or a listing's answers, past its bound; the request that met it is not sent again. */
export class AnswerTooLarge extends Error {
  override readonly name = 'AnswerTooLarge'
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
      const over =
        size > MAX_GITHUB_ANSWER_BYTES
          ? `an answer of more than ${mib(MAX_GITHUB_ANSWER_BYTES)}, the most the action reads`
          : budget && budget.used > budget.limit
            ? `more than ${mib(budget.limit)} of answers listing ${budget.what}, the most the action reads`
            : undefined
      if (over) {
        await reader.cancel().catch(() => undefined)
        throw new AnswerTooLarge(`GitHub sent ${over}`)
      }
      chunks.push(value)
    }
    return new Response(NO_BODY.has(response.status) ? null : Buffer.concat(chunks, size), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
  }
  return Object.assign(bounded, { [INNER]: base })
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`
}
