import { startEmulator, type Emulator } from '../emulator/server.js'
import { RUNNER_GITHUB_TOKEN, startGitHubStandIn, type GitHubStandIn } from '../github/server.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'
import { selfSignedCertificate, type TestCertificate } from '../support/tls.js'
import { eventEnv, pullRequestPayload } from './github-event.js'
import { expectKeyHidden } from './helpers.js'
import { runAction } from './run-action.js'

// A self-hosted runner behind a corporate proxy: the portal's and GitHub's names resolve only at the proxy.
let cert: TestCertificate
let secure: Emulator
let proxy: ConnectProxy
let portal: string
beforeAll(async () => {
  cert = selfSignedCertificate(['docspace.test', 'api.github.test', '127.0.0.1'])
  secure = await startEmulator({ tls: cert })
  proxy = await startConnectProxy({ 'docspace.test': '127.0.0.1', 'api.github.test': '127.0.0.1' })
  portal = `https://docspace.test:${new URL(secure.url).port}`
})
afterAll(async () => {
  await secure.close()
  await proxy.close()
})

describe('a pull_request run behind HTTPS_PROXY', () => {
  afterEach(() => secure.reset())

  it('creates the pull request room through the proxy', async () => {
    const before = proxy.connects.length
    const run = await runAction(
      { operation: 'create', 'portal-url': portal, 'api-key': secure.apiKey },
      {
        ...eventEnv('pull_request', pullRequestPayload('opened', { number: 12 })),
        HTTPS_PROXY: proxy.url,
        NODE_EXTRA_CA_CERTS: cert.certPath
      }
    )
    expectKeyHidden(run, secure.apiKey)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.result).toBe('created')
    expect(secure.room(Number(run.outputs['room-id']))!.tags).toEqual(['pr:Codertocat/Hello-World#12'])
    // Every request went through the tunnel, and only to the portal: without a comment the action asks GitHub nothing.
    expect(new Set(proxy.connects.slice(before))).toEqual(new Set([new URL(portal).host]))
  })

  it('goes direct for a portal in NO_PROXY', async () => {
    const before = proxy.connects.length
    const run = await runAction(
      { operation: 'create', 'portal-url': portal, 'api-key': secure.apiKey, 'max-retries': '0' },
      {
        ...eventEnv('pull_request_target', pullRequestPayload('opened')),
        HTTPS_PROXY: proxy.url,
        NO_PROXY: 'docspace.test'
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(proxy.connects.length).toBe(before)
  })
})

/**
 * The action's pull request comment goes to GitHub's API through @actions/github's Octokit, whose fetch uses
 * undici's ProxyAgent when HTTPS_PROXY applies (src/lib/undici-stub.ts loads undici then).
 */
describe('the pull request comment behind HTTPS_PROXY', () => {
  let github: GitHubStandIn
  let api: string
  beforeAll(async () => {
    github = await startGitHubStandIn({ tls: cert })
    api = `https://api.github.test:${new URL(github.url).port}`
  })
  afterEach(() => {
    github.reset()
    secure.reset()
  })
  afterAll(() => github.close())

  const comment = (env: Record<string, string | undefined>) =>
    runAction(
      { operation: 'create', 'portal-url': portal, 'api-key': secure.apiKey, 'pull-request-comment': 'true' },
      {
        ...eventEnv('pull_request', pullRequestPayload('opened')),
        GITHUB_API_URL: api,
        NODE_EXTRA_CA_CERTS: cert.certPath,
        ...env
      }
    )

  it('reaches GitHub and the portal through the tunnel', async () => {
    const before = proxy.connects.length
    const run = await comment({ HTTPS_PROXY: proxy.url })
    expectKeyHidden(run, RUNNER_GITHUB_TOKEN)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(github.comments('Codertocat/Hello-World', 2)).toHaveLength(1)
    expect(run.outputs['comment-url']).toContain('#issuecomment-')
    expect(new Set(proxy.connects.slice(before))).toEqual(new Set([new URL(portal).host, new URL(api).host]))
  })

  it('goes direct for GitHub in NO_PROXY', async () => {
    const before = proxy.connects.length
    const run = await comment({ HTTPS_PROXY: proxy.url, NO_PROXY: '.github.test' })
    expect(run.exitCode).toBe(1)
    // The room was made through the proxy; GitHub's name resolves only there.
    expect(run.outputs.result).toBe('created')
    expect(run.errors[0]).toMatch(/The room work was done .* (ENOTFOUND|EAI_AGAIN)/)
    expect(new Set(proxy.connects.slice(before))).toEqual(new Set([new URL(portal).host]))
  })
})
