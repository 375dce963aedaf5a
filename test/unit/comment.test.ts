import * as v from 'valibot'
import { COMMENT_LIMIT, COMMENT_MARKER, startRoomComment } from '../../src/github/comment.js'
import { commentBody, commentFailure, roomCommentMarker } from '../../src/report/comment.js'
import type { Config } from '../../src/inputs/config.js'
import { writtenBy } from '../../src/github/identity.js'
import { GitHubApiError, type GitHub } from '../../src/github/client.js'
import { pullRequestFrom } from '../../src/github/event.js'
import { commentLink, commentText, markerText } from '../../src/lib/safe-text.js'

const room = {
  id: 12,
  title: 'Hello #2 – Fix',
  rootFolderType: 14,
  roomType: 2,
  tags: ['pr:o/r#2'],
  created: '2026-11-26T03:35:16.7110000Z',
  updated: '2026-11-26T03:35:16.7110000Z'
}
const PORTAL = 'https://example.onlyoffice.com'

describe('commentText', () => {
  it('shows no e-mail address, mentions nobody, and cannot carry the marker', () => {
    const text = commentText(`Mail bob.smith+x@mail.example.org or @alice ${COMMENT_MARKER}`)
    expect(text).not.toMatch(/@\w/)
    expect(text).not.toContain('example.org')
    expect(text).toContain('(e-mail address hidden)')
    expect(text).toContain('@&#8203;alice')
    expect(text).not.toContain('<')
  })

  it('writes Markdown and HTML characters as references, on one line, cut to the bound', () => {
    expect(commentText('**x** [a](b) <b>\n# h')).toBe('&#42;&#42;x&#42;&#42; &#91;a&#93;(b) &#60;b&#62; &#35; h')
    expect(commentText('a'.repeat(500), 100)).toHaveLength(100)
  })

  it('links only http(s) addresses', () => {
    expect(commentLink('javascript:alert(1)', 'x')).toBe('x')
    expect(commentLink('https://h.example/a?b=1&c="', 'x')).toBe('<a href="https://h.example/a?b=1&#38;c=%22">x</a>')
  })
})

describe('commentBody', () => {
  const members = [
    { id: 'u1', name: 'Alice Example', email: 'alice@example.com', access: 'room-manager' },
    { id: 'u2', name: 'carol@example.com', email: 'carol@example.com', access: 'editor' },
    { id: 'u3', name: '', email: 'dave@example.com', access: 'viewer' }
  ]

  it('links the room, names members by name with access, and holds no e-mail address', () => {
    const body = commentBody(COMMENT_MARKER, PORTAL, {
      result: 'created',
      room,
      members,
      externalLink: 'https://example.onlyoffice.com/s/abc'
    })
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true)
    expect(body).toContain(`<a href="${PORTAL}/rooms/shared/filter?folder=12">`)
    expect(body).toContain('collaboration room')
    expect(body).toContain('Alice Example (room manager)')
    expect(body).toContain('(viewer)')
    expect(body).toContain('**External link:** <a href="https://example.onlyoffice.com/s/abc">')
    expect(body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/)
  })

  it('says archived and that external links no longer work, and leaves the link out', () => {
    const archived = { ...room, rootFolderType: 20 }
    const body = commentBody(COMMENT_MARKER, PORTAL, {
      result: 'archived',
      room: archived,
      externalLink: 'https://x.example/s/abc'
    })
    expect(body).toContain('**Archived**')
    expect(body).toContain('external links no longer work')
    expect(body).not.toContain('x.example')
  })

  it('says what happens to the room for every result', () => {
    const state = (result: string, rootFolderType = 14) =>
      commentBody(COMMENT_MARKER, PORTAL, { result, room: { ...room, rootFolderType } }).split('\n')[5]
    expect(state('created')).toBe('**Active**')
    expect(state('found')).toBe('**Active**')
    expect(state('unarchived')).toBe('**Active**: restored from the archive.')
    expect(state('archive-started')).toMatch(/^\*\*Being archived\*\*/)
    expect(state('already-archived', 20)).toMatch(/^\*\*Archived\*\*/)
    expect(state('deleted', 20)).toBe('**Deleted**: the room and its files were deleted from DocSpace.')
    expect(state('delete-started')).toMatch(/^\*\*Being deleted\*\*/)
  })

  it('stays under GitHub’s limit with thousands of long-named members', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: String(i),
      name: `${'<&>'.repeat(40)} ${i}`,
      email: `${i}@example.com`,
      access: 'editor'
    }))
    const body = commentBody(COMMENT_MARKER, PORTAL, { result: 'found', room, members: many })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/and \d+ more/)
  })
})

describe('commentFailure', () => {
  it('says the room work was done and names pull-requests: write for a 403', () => {
    const error = commentFailure(
      new GitHubApiError('POST /repos/o/r/issues/2/comments', 403, 'Resource not accessible by integration'),
      { result: 'created', room }
    )
    expect(error.message).toBe(
      'The room work was done (result: created, room 12 "Hello #2 – Fix"; the outputs are set), but the pull request comment could not be written: POST /repos/o/r/issues/2/comments failed with HTTP 403: GitHub says "Resource not accessible by integration". The token may not write to the pull request: give the job `permissions: pull-requests: write`. On `pull_request` from a fork GitHub\'s token is read-only; see "Pull requests from forks" in the README'
    )
  })
})

describe('pageNumber', () => {
  it("reads GitHub's link header", async () => {
    const { pageNumber } = await import('../../src/github/client.js')
    const link =
      '<https://api.github.com/repositories/1300192/issues?page=2>; rel="prev", <https://api.github.com/repositories/1300192/issues?page=4>; rel="next", <https://api.github.com/repositories/1300192/issues?page=515>; rel="last", <https://api.github.com/repositories/1300192/issues?page=1>; rel="first"'
    expect(pageNumber(link, 'next')).toBe(4)
    expect(pageNumber(link, 'last')).toBe(515)
    expect(pageNumber(undefined, 'last')).toBeUndefined()
    expect(pageNumber('<https://x.example/?page=2>; rel="prev"', 'next')).toBeUndefined()
  })
})

describe('startRoomComment: early', () => {
  const bot = { login: 'github-actions[bot]', type: 'Bot' }
  /** A pull request's comments in memory, and the writes made to them. */
  function fakeGitHub(bodies: string[] = []) {
    const comments = bodies.map((body, i) => ({ id: i + 1, body, html_url: `https://g.example/u${i + 1}`, user: bot }))
    const writes: string[] = []
    const github: GitHub = {
      request: (method, path, schema, params) => {
        writes.push(method)
        if (method === 'POST') {
          const id = comments.length + 1
          comments.push({ id, body: String(params!.body), html_url: `https://g.example/u${id}`, user: bot })
          return Promise.resolve({ data: comments.at(-1) as never, headers: {} })
        }
        const comment = comments.find((c) => path.endsWith(`/${c.id}`))!
        comment.body = String(params!.body)
        return Promise.resolve({ data: comment as never, headers: {} })
      },
      allPages: (_path, item) => Promise.resolve(v.parse(v.array(item), structuredClone(comments))),
      graphql: (_query, schema) => Promise.resolve(v.parse(schema, { viewer: { login: bot.login } })),
      installationToken: true
    }
    return { github, comments, writes }
  }
  const pr = pullRequestFrom('o/r', 2, 'Fix', 'https://github.com/o/r/pull/2')
  const body = (text: string) => `${COMMENT_MARKER}\n${text}`

  it('creates the comment at once, and the final write with the same text sends nothing more', async () => {
    const fake = fakeGitHub()
    const comment = startRoomComment(Promise.resolve(fake.github), pr, COMMENT_MARKER, () => undefined)
    comment.early(body('room'))
    expect(await comment.write(body('room'))).toEqual({ url: 'https://g.example/u1', done: 'created' })
    expect(fake.writes).toEqual(['POST'])
    expect(fake.comments.map((c) => c.body)).toEqual([body('room')])
  })

  it('edits the comment it made early when the final text differs', async () => {
    const fake = fakeGitHub()
    const comment = startRoomComment(Promise.resolve(fake.github), pr, COMMENT_MARKER, () => undefined)
    comment.early(body('room'))
    expect(await comment.write(body('room and members'))).toEqual({ url: 'https://g.example/u1', done: 'created' })
    expect(fake.writes).toEqual(['POST', 'PATCH'])
    expect(fake.comments.map((c) => c.body)).toEqual([body('room and members')])
  })

  it('leaves a pull request that has the comment to the final write', async () => {
    const fake = fakeGitHub([body('old')])
    const comment = startRoomComment(Promise.resolve(fake.github), pr, COMMENT_MARKER, () => undefined)
    comment.early(body('new'))
    expect(await comment.write(body('new'))).toEqual({ url: 'https://g.example/u1', done: 'updated' })
    expect(fake.writes).toEqual(['PATCH'])
  })

  it("reports the early write's failure from the final write", async () => {
    const fake = fakeGitHub()
    fake.github.request = () => Promise.reject(new Error('refused'))
    const comment = startRoomComment(Promise.resolve(fake.github), pr, COMMENT_MARKER, () => undefined)
    comment.early(body('room'))
    await expect(comment.write(body('room'))).rejects.toThrow('refused')
  })
})

describe('roomCommentMarker', () => {
  const pullRequest = pullRequestFrom('o/r', 2, 'Fix', 'https://github.com/o/r/pull/2')
  const marker = (config: Partial<Config>) => roomCommentMarker({ operation: 'get', pullRequest, ...config } as Config)

  it("keeps the marker of old for the pull request's own room, found by its tag", () => {
    expect(marker({ target: { by: 'pull-request', pullRequest } })).toBe(COMMENT_MARKER)
    expect(marker({ operation: 'create', existing: { by: 'pull-request', pullRequest } })).toBe(COMMENT_MARKER)
    expect(marker({ target: { by: 'tags', tags: ['pr:o/r#2'] } })).toBe(COMMENT_MARKER)
  })

  it('names a room found otherwise, the same whichever operation finds it by the same title', () => {
    const design = '<!-- docspace-rooms-action: pull request room title:Design%20review -->'
    expect(marker({ target: { by: 'title', title: 'Design review', tags: [] } })).toBe(design)
    expect(marker({ operation: 'create', existing: { by: 'title', title: 'Design review', tags: ['pr:o/r#2'] } })).toBe(
      design
    )
    expect(marker({ target: { by: 'id', id: 12 } })).toBe(
      '<!-- docspace-rooms-action: pull request room room-id:12 -->'
    )
    expect(marker({ target: { by: 'tags', tags: ['b', 'a'] } })).toBe(
      '<!-- docspace-rooms-action: pull request room tags:a,b -->'
    )
  })

  it('cannot be ended or shown by what a title holds, and stays short', () => {
    const hostile = marker({ target: { by: 'title', title: `x --> <img src=x> ${'y'.repeat(500)} \ud800`, tags: [] } })
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3)
    expect(hostile.slice(4, -3)).not.toMatch(/[<>]/)
    expect(hostile.length).toBeLessThan(200)
    expect(markerText('a'.repeat(200))).not.toBe(markerText(`${'a'.repeat(199)}b`))
  })
})

describe('writtenBy', () => {
  it('matches the login the REST API gives a bot with the one GraphQL gives it, and the type', () => {
    const bot = { login: 'github-actions[bot]', bot: true, id: 41898282 }
    expect(writtenBy({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 }, bot)).toBe(true)
    expect(writtenBy({ login: 'github-actions[bot]', type: 'Bot' }, { login: 'github-actions', bot: true })).toBe(true)
    expect(writtenBy({ login: 'renovate[bot]', type: 'Bot', id: 29139614 }, bot)).toBe(false)
    expect(writtenBy({ login: 'github-actions[bot]', type: 'Bot', id: 1 }, bot)).toBe(false)
    expect(writtenBy({ login: 'octocat', type: 'User' }, { login: 'octocat', bot: false })).toBe(true)
    expect(writtenBy({ login: 'octocat', type: 'User' }, { login: 'octocat', bot: true })).toBe(false)
    expect(writtenBy(undefined, bot)).toBe(false)
  })
})
