import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { startEmulator, type Emulator } from '../emulator/server.js'
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
    // Every request went through the tunnel, and only to the portal: the action asks GitHub for nothing.
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

interface Comment {
  path: string
  authorization: string | undefined
  body: unknown
}

/** GitHub's REST API for one call, creating an issue comment, on loopback HTTPS. */
async function startGitHubApi(): Promise<{ url: string; comments: Comment[]; close(): Promise<void> }> {
  const comments: Comment[] = []
  const server = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    let body = ''
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      const match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(req.url ?? '')
      if (req.method !== 'POST' || !match) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"Not Found"}')
        return
      }
      comments.push({ path: req.url!, authorization: req.headers.authorization, body: JSON.parse(body) })
      res
        .writeHead(201, { 'Content-Type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ id: comments.length, html_url: `https://github.com/${match[1]}/${match[2]}/pull/3` }))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `https://api.github.test:${(server.address() as AddressInfo).port}`,
    comments,
    close: () => new Promise((done) => server.close(() => done()))
  }
}

/**
 * The action does not call GitHub's API yet; the next step will, through Octokit from @actions/github. This
 * bundles a small program that does, with the action's tsconfig.json and ncc, so Octokit gets the same
 * stand-in for undici as the action, and runs it as the action would run.
 */
describe("@actions/github's Octokit, bundled as the action is", () => {
  const probeDir = mkdtempSync(join(tmpdir(), 'octokit-probe-'))
  let github: Awaited<ReturnType<typeof startGitHubApi>>
  beforeAll(async () => {
    const root = resolve(import.meta.dirname, '../..')
    await promisify(execFile)(
      process.execPath,
      [
        resolve(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        resolve(root, 'test/support/octokit-probe/index.ts'),
        '-o',
        probeDir,
        '--target',
        'es2022',
        '--quiet'
      ],
      { cwd: root }
    )
    github = await startGitHubApi()
  }, 60_000)
  afterAll(() => github.close())

  function runProbe(env: Record<string, string>) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [join(probeDir, 'index.js')],
        { env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: github.url, ...env } },
        (error, stdout, stderr) => done({ code: error ? (error.code as number) : 0, stdout, stderr })
      )
    })
  }

  it('comments on the pull request through HTTPS_PROXY', async () => {
    const before = proxy.connects.length
    const { comments } = github
    const run = await runProbe({ HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: cert.certPath })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ id: comments.length })
    expect(comments.at(-1)).toEqual({
      path: '/repos/octo-org/octo-repo/issues/2/comments',
      authorization: 'token probe-token',
      body: { body: 'Room ready' }
    })
    expect(proxy.connects.slice(before)).toEqual([new URL(github.url).host])
  })

  it('goes direct for a host in NO_PROXY', async () => {
    const before = proxy.connects.length
    const run = await runProbe({ HTTPS_PROXY: proxy.url, NO_PROXY: '.github.test' })
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(proxy.connects.length).toBe(before)
  })

  it('goes direct without a proxy', async () => {
    const before = proxy.connects.length
    const run = await runProbe({
      GITHUB_API_URL: github.url.replace('api.github.test', '127.0.0.1'),
      NODE_EXTRA_CA_CERTS: cert.certPath
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(github.comments.at(-1)).toMatchObject({ authorization: 'token probe-token' })
    expect(proxy.connects.length).toBe(before)
  })
})
