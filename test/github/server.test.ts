import { RUNNER_GITHUB_TOKEN, startGitHubStandIn, type GitHubStandIn } from './server.js'

// The stand-in answers as GitHub documents; these pin the behaviours the action's tests rely on.
let gh: GitHubStandIn
beforeAll(async () => {
  gh = await startGitHubStandIn()
})
afterEach(() => gh.reset())
afterAll(() => gh.close())

const REPO = 'octo-org/octo-repo'
const call = (method: string, path: string, token: string | undefined = gh.token, body?: unknown) =>
  fetch(`${gh.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `token ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })

describe('GitHub REST API stand-in', () => {
  it('lists comments oldest first, 30 a page by default, at most 100, with link headers as GitHub sends them', async () => {
    gh.addComments(
      REPO,
      5,
      Array.from({ length: 250 }, (_, i) => `c${i}`)
    )
    const first = await call('GET', `/repos/${REPO}/issues/5/comments`)
    expect(((await first.json()) as unknown[]).length).toBe(30)
    const page = await call('GET', `/repos/${REPO}/issues/5/comments?per_page=500&page=2`)
    const items = (await page.json()) as { id: number; body: string }[]
    expect(items.map((c) => c.body)).toEqual(Array.from({ length: 100 }, (_, i) => `c${i + 100}`))
    expect(items.map((c) => c.id)).toEqual([...items.map((c) => c.id)].sort((a, b) => a - b))
    const u = (p: number) => `<${gh.url}/repos/${REPO}/issues/5/comments?per_page=100&page=${p}>`
    expect(page.headers.get('link')).toBe(
      `${u(1)}; rel="prev", ${u(3)}; rel="next", ${u(3)}; rel="last", ${u(1)}; rel="first"`
    )
    gh.reset()
    gh.addComments(REPO, 5, ['only'])
    expect((await call('GET', `/repos/${REPO}/issues/5/comments?per_page=100`)).headers.get('link')).toBeNull()
  })

  it('creates and edits comments, and refuses a body over 65,536 characters', async () => {
    const made = await call('POST', `/repos/${REPO}/issues/5/comments`, gh.token, { body: 'hello' })
    expect(made.status).toBe(201)
    const { id, html_url } = (await made.json()) as { id: number; html_url: string }
    expect(html_url).toBe(`https://github.com/${REPO}/pull/5#issuecomment-${id}`)
    expect((await call('PATCH', `/repos/${REPO}/issues/comments/${id}`, gh.token, { body: 'bye' })).status).toBe(200)
    expect(gh.comments(REPO, 5).map((c) => c.body)).toEqual(['bye'])
    const long = await call('POST', `/repos/${REPO}/issues/5/comments`, gh.token, { body: 'x'.repeat(65_537) })
    expect(long.status).toBe(422)
  })

  it('checks the token: 401 without a valid one, 403 on writes with a read-only one', async () => {
    expect((await call('GET', `/repos/${REPO}/issues/5/comments`, '')).status).toBe(401)
    expect((await call('GET', `/repos/${REPO}/issues/5/comments`, 'ghs_wrong0123456789')).status).toBe(401)
    expect((await call('GET', `/repos/${REPO}/issues/5/comments`, gh.readOnlyToken)).status).toBe(200)
    const refused = await call('POST', `/repos/${REPO}/issues/5/comments`, gh.readOnlyToken, { body: 'x' })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ message: 'Resource not accessible by integration' })
    expect((await call('GET', `/repos/${REPO}/pulls`, RUNNER_GITHUB_TOKEN)).status).toBe(200)
    expect(gh.requests.map((r) => r.authorization?.split(' ')[0])).toEqual([
      undefined,
      'token',
      'token',
      'token',
      'token'
    ])
  })

  it('answers rate limits with retry-after, or x-ratelimit-remaining 0 and x-ratelimit-reset', async () => {
    gh.addFault('POST', /comments$/, { kind: 'secondary', status: 429, retryAfterSeconds: 7 })
    const secondary = await call('POST', `/repos/${REPO}/issues/5/comments`, gh.token, { body: 'x' })
    expect(secondary.status).toBe(429)
    expect(secondary.headers.get('retry-after')).toBe('7')
    expect(((await secondary.json()) as { message: string }).message).toMatch(/secondary rate limit/)
    gh.addFault('GET', /pulls$/, { kind: 'primary', status: 403, resetInSeconds: 60 })
    const primary = await call('GET', `/repos/${REPO}/pulls`)
    expect(primary.status).toBe(403)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    // Each fault is used up.
    expect((await call('GET', `/repos/${REPO}/pulls`)).status).toBe(200)
  })

  it('lists open pull requests by default', async () => {
    gh.setPulls(REPO, [
      { number: 1, state: 'open', title: 'a' },
      { number: 2, state: 'closed', title: 'b' }
    ])
    const open = (await (await call('GET', `/repos/${REPO}/pulls`)).json()) as { number: number }[]
    expect(open.map((p) => p.number)).toEqual([1])
  })
})
