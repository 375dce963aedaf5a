import type { CompactRoom } from '../support/docspace-json.js'
import { useEmulator, useGitHub } from './helpers.js'

const env = useEmulator()
const gh = useGitHub()
const DAY = 86_400_000
const REPO = 'octo-org/octo-repo'

/** A weekly run: no pull request in the event, the repository in GITHUB_REPOSITORY. */
function scheduled(): Record<string, string> {
  return { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.github.url }
}

function seed() {
  const old = new Date(Date.now() - 90 * DAY)
  const room = (title: string, tags: string[]) => env.emulator.addRoom({ title, tags, created: old, updated: old })
  return {
    open: room('PR 7', [`pr:${REPO}#7`]),
    openOtherCase: room('PR 250', ['pr:Octo-Org/Octo-Repo#250']),
    closed: room('PR 8', [`pr:${REPO}#8`]),
    otherRepo: room('Other repo PR 7', ['pr:octo-org/other#7']),
    plain: room('Plain', ['project'])
  }
}

const archiveRequests = () => env.emulator.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/archive'))

describe('archive-stale with skip-open-pull-requests', () => {
  it("keeps the rooms of this repository's open pull requests, reading them once over every page", async () => {
    const rooms = seed()
    // 250 open pull requests: three pages of 100.
    gh.github.setPulls(REPO, [
      ...Array.from({ length: 250 }, (_, i) => ({
        number: i + 1 === 8 ? 1000 : i + 1,
        state: 'open' as const,
        title: `PR ${i}`
      })),
      { number: 8, state: 'closed', title: 'closed' }
    ])
    const run = await env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true' },
      scheduled()
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const archived = (JSON.parse(run.outputs.rooms!) as CompactRoom[]).map((r) => r.title).sort()
    expect(archived).toEqual(['Other repo PR 7', 'PR 8', 'Plain'])
    expect(env.emulator.room(rooms.open.id)!.archived).toBe(false)
    expect(env.emulator.room(rooms.openOtherCase.id)!.archived).toBe(false)
    expect(env.emulator.room(rooms.closed.id)!.archived).toBe(true)
    expect(run.summary).toContain(
      '<th align="left">Spared</th><td>2 (pull request still open), kept active although stale'
    )
    expect(gh.github.requests.map((r) => `${r.method} ${r.path} ${r.query.page}`).sort()).toEqual([
      `GET /repos/${REPO}/pulls 1`,
      `GET /repos/${REPO}/pulls 2`,
      `GET /repos/${REPO}/pulls 3`
    ])
    expect(gh.github.requests[0]!.query).toMatchObject({ state: 'open', per_page: '100' })
  })

  it('spares them in a dry run too', async () => {
    seed()
    gh.github.setPulls(REPO, [{ number: 7, state: 'open', title: 'seven' }])
    const run = await env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true', 'dry-run': 'true' },
      scheduled()
    )
    expect(run.outputs).toMatchObject({ result: 'dry-run', count: '4' })
    expect(run.summary).toContain(
      '<th align="left">Spared</th><td>1 (pull request still open), kept active although stale'
    )
  })

  it('archives nothing when GitHub cannot be asked', async () => {
    seed()
    const run = await env.run(
      {
        operation: 'archive-stale',
        'stale-days': '30',
        'skip-open-pull-requests': 'true',
        'github-token': gh.github.readOnlyToken.replace('ghs_', 'ghx_')
      },
      scheduled()
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain(
      'Nothing was archived: skip-open-pull-requests could not read the open pull requests: GET /repos/octo-org/octo-repo/pulls failed with HTTP 401: GitHub says "Bad credentials"'
    )
    expect(run.errors[0]).toContain('github-token was not accepted')
    expect(archiveRequests()).toEqual([])
    expect(env.emulator.archivedRooms()).toEqual([])
  })

  it('archives nothing when the token may not read pull requests', async () => {
    seed()
    gh.github.addFault('GET', /\/pulls$/, {
      kind: 'status',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const run = await env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true' },
      scheduled()
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 403: GitHub says "Resource not accessible by integration"')
    expect(run.errors[0]).toContain('`permissions: pull-requests: read`')
    expect(archiveRequests()).toEqual([])
  })

  it('archives nothing when GitHub answers with an error', async () => {
    seed()
    gh.github.setPulls(
      REPO,
      Array.from({ length: 150 }, (_, i) => ({ number: i + 1, state: 'open' as const, title: `PR ${i}` }))
    )
    gh.github.addFault('GET', /\/pulls$/, { kind: 'status', status: 502, body: { message: 'Server Error' } }, 2)
    const run = await env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true' },
      scheduled()
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Could not archive stale rooms: Nothing was archived: .* HTTP 502/)
    expect(archiveRequests()).toEqual([])
  })

  it('asks GitHub nothing without it', async () => {
    seed()
    const run = await env.run({ operation: 'archive-stale', 'stale-days': '30' }, scheduled())
    expect(run.outputs.count).toBe('5')
    expect(gh.github.requests).toEqual([])
  })

  it('refuses an empty github-token before sending anything', async () => {
    const run = await env.run(
      { operation: 'archive-stale', 'stale-days': '30', 'skip-open-pull-requests': 'true', 'github-token': '' },
      scheduled()
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Input "github-token" is empty, and skip-open-pull-requests asks GitHub's API/)
    expect(env.emulator.requests).toEqual([])
    expect(gh.github.requests).toEqual([])
  })
})
