// The API key and the GitHub token on every request path members, links, settings and the comment added: never in
// the log, outputs, summary, comment or an error (env.run checks the log, outputs and summary of every run), also
// with every debug switch a runner or Node has on, also when a request fails; and each goes to its own service only.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pullRequestPayload } from './github-event.js'
import { expectKeyHidden, useEmulator, useGitHub } from './helpers.js'
import { pngImage } from '../support/images.js'

const env = useEmulator({ operationDelayMs: 10 })
const gh = useGitHub()
const REPO = 'Codertocat/Hello-World'

/** Every debug switch: the runner's step debug, Node's own http, https, fetch and TLS tracing. */
const DEBUG = {
  ACTIONS_STEP_DEBUG: 'true',
  RUNNER_DEBUG: '1',
  NODE_DEBUG: 'http,https,net,tls,undici,fetch'
}

function workspace(files: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), data)
  }
  return dir
}

/** The key went to DocSpace only, the token to GitHub only. */
function expectEachToItsOwn(): void {
  const key = env.emulator.apiKey
  expect(env.emulator.requests.length).toBeGreaterThan(0)
  for (const r of env.emulator.requests) {
    expect(r.authorization).toBe('valid')
    expect(JSON.stringify(r)).not.toContain(gh.github.token)
  }
  for (const r of gh.github.requests) {
    expect(r.authorization).toBe(`token ${gh.github.token}`)
    expect(JSON.stringify(r)).not.toContain(key)
  }
  for (const c of gh.github.comments(REPO, 2)) {
    expect(c.body).not.toContain(key)
    expect(c.body).not.toContain(gh.github.token)
  }
}

describe('secrets on the new request paths, with every debug switch on', () => {
  it('create with settings, a logo, members, the external link and the comment', async () => {
    env.emulator.state.addUser({ email: 'mia@example.com', displayName: 'Mia', type: 'RoomAdmin' })
    const run = await env.run(
      {
        operation: 'create',
        'room-type': 'custom',
        'github-token': gh.github.token,
        'pull-request-comment': 'true',
        'github-users': 'Codertocat: mia@example.com',
        'pull-request-members': 'author',
        members: 'new@example.com: viewer',
        'pull-request-access': 'room-manager',
        'external-link': 'true',
        logo: 'logo.png',
        quota: '10 MB',
        'deny-download': 'true'
      },
      {
        ...gh.env('pull_request', pullRequestPayload('opened')),
        GITHUB_WORKSPACE: workspace({ 'logo.png': pngImage(64, 64) }),
        ...DEBUG
      }
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['comment-url']).toContain('issuecomment-')
    expect(run.stderr.length).toBeGreaterThan(0)
    expectKeyHidden(run, gh.github.token)
    expectEachToItsOwn()
  })

  it('update with tags and a pin, and share', async () => {
    const room = env.emulator.addRoom({ title: 'Room', tags: ['old'] })
    const update = await env.run(
      { operation: 'update', 'room-id': String(room.id), 'add-tags': 'new', 'remove-tags': 'old', pinned: 'true' },
      DEBUG
    )
    expect(update.errors).toEqual([])
    const share = await env.run(
      { operation: 'share', 'room-id': String(room.id), members: 'x@example.com: viewer' },
      DEBUG
    )
    expect(share.errors).toEqual([])
    expectEachToItsOwn()
  })

  it('GitHub quoting the token back in an error', async () => {
    gh.github.addFault('POST', /\/comments$/, {
      kind: 'status',
      status: 422,
      body: { message: `Validation Failed for token ${gh.github.token} and Authorization: token ${gh.github.token}` }
    })
    const run = await env.run(
      { operation: 'create', 'github-token': gh.github.token, 'pull-request-comment': 'true' },
      { ...gh.env('pull_request', pullRequestPayload('opened')), ...DEBUG }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'HTTP 422: GitHub says "Validation Failed for token *** and Authorization: token ***"'
    )
    expectKeyHidden(run, gh.github.token)
  })

  it('GitHub quoting the token where its words are clipped: no part of it is left', async () => {
    gh.github.addFault('POST', /\/comments$/, {
      kind: 'status',
      status: 422,
      body: { message: `${'x'.repeat(280)} ${gh.github.token}` }
    })
    const run = await env.run(
      { operation: 'create', 'github-token': gh.github.token, 'pull-request-comment': 'true' },
      gh.env('pull_request', pullRequestPayload('opened'))
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(' ***')
    expect(run.log.replace(/^::add-mask::.*$/gm, '')).not.toContain(gh.github.token.slice(0, 12))
  })

  it('DocSpace quoting the key back in a warning and in an error of the link and the upload', async () => {
    const key = env.emulator.apiKey
    const room = env.emulator.addRoom({ title: 'Room', roomType: 5 })
    env.answerWith('PUT', `/files/rooms/${room.id}/share`, {
      response: { warning: `quota full for Bearer ${key}`, error: 0 },
      count: 1,
      status: 0,
      statusCode: 200
    })
    env.answerWith('GET', `/files/rooms/${room.id}/link`, { error: { message: `no link for ${key}` } }, { status: 403 })
    const share = await env.run(
      { operation: 'share', 'room-id': String(room.id), members: 'x@example.com: viewer', 'external-link': 'true' },
      DEBUG
    )
    expect(share.exitCode).toBe(1)
    expect(share.log).toContain('***')
    env.answerWith('POST', '/files/logos', { response: { success: false, message: `bad image, key ${key}` } })
    const logo = await env.run(
      { operation: 'update', 'room-id': String(room.id), logo: 'logo.png' },
      { GITHUB_WORKSPACE: workspace({ 'logo.png': pngImage(64, 64) }), ...DEBUG }
    )
    expect(logo.exitCode).toBe(1)
    expect(logo.errors[0]).toContain('bad image, key ***')
  })
})
