import { createRequire } from 'node:module'
import { jest } from '@jest/globals'
import type { Config } from '../../src/inputs/config.js'

jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs/read.js')
const { InputError } = await import('../../src/lib/errors.js')
const { pullRequestFrom, peopleOf } = await import('../../src/github/event.js')
const { parseGithubUsers, parseMembers, findAccess } = await import('../../src/inputs/members.js')

const KEY = `sk-${'0123456789abcdef'.repeat(4)}`
const BASE = { 'portal-url': 'https://example.onlyoffice.com', 'api-key': KEY }
const SHARE = { ...BASE, operation: 'share', 'room-id': '12' }
const CREATE = { ...BASE, operation: 'create', title: 'Room' }

function parse(inputs: Record<string, string>, pullRequest?: ReturnType<typeof pullRequestFrom>): Config {
  return readInputs((name) => (inputs[name] ?? '').trim(), pullRequest)
}

function problem(inputs: Record<string, string>, pullRequest?: ReturnType<typeof pullRequestFrom>): string {
  try {
    parse(inputs, pullRequest)
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  throw new Error('expected an input error')
}

describe('members', () => {
  it('reads e-mails and @logins with every spelling of an access', () => {
    const config = parse({
      ...SHARE,
      'github-users': 'octocat: octo@example.com\n@Hubot : hubot@example.com',
      members: [
        'a@example.com: room-manager',
        'b@example.com: ContentCreator',
        '  c@example.com :10  ',
        '',
        '# a comment',
        '@octocat: Review',
        '@HUBOT: comment',
        'f@example.com: FillForms',
        'g@example.com: 2',
        'h@example.com: remove',
        'i@example.com: None',
        'j@example.com: 0'
      ].join('\n')
    })
    expect(config.sharing.members.map((m) => [m.email, m.access.value, m.where])).toEqual([
      ['a@example.com', 9, 'line 1 ("a…@example.com: room-manager")'],
      ['b@example.com', 11, 'line 2 ("b…@example.com: ContentCreator")'],
      ['c@example.com', 10, 'line 3 ("c…@example.com :10")'],
      ['octo@example.com', 5, 'line 6 ("@octocat: Review")'],
      ['hubot@example.com', 6, 'line 7 ("@HUBOT: comment")'],
      ['f@example.com', 7, 'line 8 ("f…@example.com: FillForms")'],
      ['g@example.com', 2, 'line 9 ("g…@example.com: 2")'],
      ['h@example.com', 0, 'line 10 ("h…@example.com: remove")'],
      ['i@example.com', 0, 'line 11 ("i…@example.com: None")'],
      ['j@example.com', 0, 'line 12 ("j…@example.com: 0")']
    ])
    expect(config.sharing).toMatchObject({ notify: true, externalLink: false, inviteMessage: undefined })
  })

  it.each([
    ['a@example.com editor', 'line 1 ("a…@example.com editor") is not "<e-mail or @login>: <access>"'],
    ['a@example.com: owner', 'access "owner" is not one of'],
    ['a@example.com: Editor1', 'access "Editor1" is not one of'],
    ['a@example.com: 1', 'access "1" is not one of'],
    ['not-an-email: editor', '"not-an-email" is not an e-mail address or @login'],
    ['a@b: editor', '"a@b" is not an e-mail address'],
    ['"A" <a@example.com>: editor', 'is not an e-mail address'],
    ['@ghost: editor', '@ghost is not in github-users'],
    ['@bad_login!: editor', '"@bad_login!" is not a GitHub login'],
    [
      'a@example.com: editor\nA@Example.com: viewer',
      'line 2 ("A…@Example.com: viewer") names A…@Example.com again, as line 1 does'
    ],
    ['@octocat: editor\nocto@example.com: viewer', 'names o…@example.com again, as line 1 does']
  ])('refuses %j naming the input and the line', (members, words) => {
    const message = problem({ ...SHARE, 'github-users': 'octocat: octo@example.com', members })
    expect(message).toContain('Input "members"')
    expect(message).toContain(words)
  })

  it('refuses a malformed github-users line, naming it', () => {
    expect(problem({ ...SHARE, 'github-users': 'octocat octo@example.com', members: 'a@example.com: editor' })).toBe(
      'Input "github-users" line 1 ("octocat o…@example.com") is not "login: email"'
    )
    expect(problem({ ...SHARE, 'github-users': 'octocat: nobody', members: 'a@example.com: editor' })).toContain(
      '"nobody" is not an e-mail address'
    )
    expect(
      problem({
        ...SHARE,
        'github-users': 'octocat: a@example.com\nOctocat: b@example.com',
        members: 'x@example.com: viewer'
      })
    ).toContain('line 2 ("Octocat: b…@example.com") gives @Octocat another e-mail than line 1')
  })

  it('takes bots in github-users', () => {
    expect(parseGithubUsers('dependabot[bot]: bot@example.com').get('dependabot[bot]')).toBe('bot@example.com')
  })

  it('share needs something to do', () => {
    expect(problem(SHARE)).toContain('Input "members" is required for operation "share"')
    expect(parse({ ...SHARE, 'external-link': 'true' }).sharing.externalLink).toBe(true)
  })

  it('is checked against the room type of a new room before any request', () => {
    expect(problem({ ...CREATE, 'room-type': 'public', members: 'a@example.com: editor' })).toBe(
      'Input "members" line 1 ("a…@example.com: editor"): a public room does not take editor (DocSpace gives its members room-manager, content-creator or remove)'
    )
    expect(problem({ ...CREATE, 'room-type': 'collaboration', members: 'a@example.com: reviewer' })).toContain(
      'a collaboration room does not take reviewer'
    )
    expect(problem({ ...CREATE, 'room-type': 'custom', members: 'a@example.com: form-filler' })).toContain(
      'a custom room does not take form-filler'
    )
    expect(
      parse({ ...CREATE, 'room-type': 'form-filling', members: 'a@example.com: form-filler' }).sharing.members
    ).toHaveLength(1)
    expect(parse({ ...CREATE, 'room-type': 'virtual-data', members: 'a@example.com: 7' }).sharing.members).toHaveLength(
      1
    )
  })

  it.each(['custom', 'public', 'form-filling'])('takes external-link on create for a %s room', (type) => {
    expect(parse({ ...CREATE, 'room-type': type, 'external-link': 'true' }).sharing.externalLink).toBe(true)
  })

  it.each(['collaboration', 'virtual-data'])('refuses external-link on create for a %s room', (type) => {
    expect(problem({ ...CREATE, 'room-type': type, 'external-link': 'true' })).toBe(
      `Input "external-link" is true, but a ${type} room has no external link in DocSpace (only custom, public and form-filling rooms have one)`
    )
  })

  it('warns that external-link is ignored by an operation that does not read it', () => {
    expect(parse({ ...BASE, operation: 'get', 'room-id': '1', 'external-link': 'true' }).warnings).toEqual([
      'Input "external-link" is ignored: operation "get" does not read it (create, share and pull-request do)'
    ])
  })

  it('reads notify, invite-message and pull-request-access', () => {
    const config = parse({
      ...SHARE,
      members: 'a@example.com: viewer',
      notify: 'false',
      'invite-message': 'Welcome',
      'pull-request-access': 'Read'
    })
    expect(config.sharing).toMatchObject({ notify: false, inviteMessage: 'Welcome' })
    expect(config.sharing.pullRequestAccess.name).toBe('viewer')
    expect(problem({ ...SHARE, members: 'a@example.com: viewer', 'pull-request-access': 'remove' })).toContain(
      'Input "pull-request-access" must be one of room-manager'
    )
    expect(problem({ ...SHARE, members: 'a@example.com: viewer', notify: 'yes' })).toBe(
      'Input "notify" must be true or false; got "yes"'
    )
  })

  it('finds each access by every name and number, and not by others', () => {
    expect(findAccess('ROOM-MANAGER')?.value).toBe(9)
    expect(findAccess('roommanager')?.value).toBe(9)
    expect(findAccess('11')?.name).toBe('content-creator')
    for (const wrong of ['1', '3', '4', '8', 'ReadWrite', 'edit', '']) expect(findAccess(wrong)).toBeUndefined()
  })

  it('parses members on its own', () => {
    expect(parseMembers('', new Map())).toEqual([])
  })
})

describe('pull-request-members', () => {
  const payloads = (
    createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
      name: string
      examples: Record<string, unknown>[]
    }[]
  ).find((e) => e.name === 'pull_request')!.examples
  const example = (action: string, index = 0) => structuredClone(payloads.filter((e) => e.action === action)[index]!)
  const prOf = (payload: Record<string, unknown>) => {
    const pr = payload.pull_request as { number: number; title: string; html_url: string }
    return pullRequestFrom('Codertocat/Hello-World', pr.number, pr.title, pr.html_url, peopleOf(payload))
  }

  it('reads the author, requested reviewers and assignees of a real payload', () => {
    expect(peopleOf(example('assigned'))).toEqual({
      author: 'Codertocat',
      reviewers: ['octocat'],
      teamReviewers: [],
      assignees: ['Codertocat']
    })
  })

  it('adds the reviewer a review_requested event requests, and not the one review_request_removed removes', () => {
    const requested = example('review_requested')
    ;(requested.pull_request as Record<string, unknown>).requested_reviewers = []
    expect(peopleOf(requested).reviewers).toEqual(['octocat'])
    const removed = example('review_request_removed')
    ;(removed.pull_request as Record<string, unknown>).requested_reviewers = []
    expect(peopleOf(removed).reviewers).toEqual([])
  })

  it('tells teams from users', () => {
    const payload = example('opened', 1)
    const pr = payload.pull_request as Record<string, unknown>
    pr.requested_teams = [{ name: 'Justice League', slug: 'justice-league', id: 1 }]
    expect(peopleOf(payload)).toMatchObject({ reviewers: ['octocat'], teamReviewers: ['justice-league'] })
  })

  it('invites the people asked for with pull-request-access, warning about logins missing from github-users', () => {
    const payload = example('opened', 1)
    ;(payload.pull_request as Record<string, unknown>).requested_teams = [{ slug: 'core', name: 'Core' }]
    const config = parse(
      {
        ...SHARE,
        'github-users': 'Codertocat: coder@example.com',
        'pull-request-members': 'author, reviewers,assignees',
        'pull-request-access': 'commenter'
      },
      prOf(payload)
    )
    // The author is an assignee too: one invitation.
    expect(config.sharing.members.map((m) => [m.email, m.access.name, m.input, m.where])).toEqual([
      ['coder@example.com', 'commenter', 'pull-request-members', '(author @Codertocat)']
    ])
    expect(config.warnings).toEqual([
      '@octocat (the pull request\'s reviewer) is not in github-users, so was not invited to the room; add a line "octocat: <e-mail>" to github-users'
    ])
    expect(config.notices).toEqual([
      'Team core is a requested reviewer of the pull request; teams are not invited to the room (name their people in members)'
    ])
  })

  it('leaves someone a line of members names to that line', () => {
    const config = parse(
      {
        ...SHARE,
        'github-users': 'Codertocat: coder@example.com\noctocat: octo@example.com',
        members: '@octocat: viewer',
        'pull-request-members': 'reviewers'
      },
      prOf(example('opened', 1))
    )
    expect(config.sharing.members.map((m) => [m.email, m.access.name])).toEqual([['octo@example.com', 'viewer']])
  })

  it('refuses an unknown role, and warns outside a pull-request event', () => {
    expect(problem({ ...SHARE, 'pull-request-members': 'author, owners' })).toBe(
      'Input "pull-request-members" must name any of author, reviewers, assignees; got "owners"'
    )
    expect(parse({ ...SHARE, 'pull-request-members': 'author' }).warnings).toEqual([
      'Input "pull-request-members" is ignored: this run is not for a pull_request or pull_request_target event'
    ])
  })

  it('checks pull-request-access against the new room type on create', () => {
    expect(
      problem(
        {
          ...CREATE,
          'room-type': 'public',
          'github-users': 'Codertocat: c@example.com',
          'pull-request-members': 'author'
        },
        prOf(example('opened', 1))
      )
    ).toBe(
      'Input "pull-request-access" is editor, but a public room does not take editor (DocSpace gives its members room-manager, content-creator or remove)'
    )
  })
})
