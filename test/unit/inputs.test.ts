import { jest } from '@jest/globals'
import type { Config } from '../../src/inputs/config.js'

// Replaced so that masking can be asserted, and so no ::add-mask:: commands land in the test output.
const setSecret = jest.fn<(secret: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({ setSecret, getInput: () => '' }))
const { readInputs } = await import('../../src/inputs/read.js')
const { InputError } = await import('../../src/lib/errors.js')
const { pullRequestFrom } = await import('../../src/github/event.js')
type InputError = InstanceType<typeof InputError>

/** A key of the form DocSpace gives: sk- and 64 hexadecimal digits. */
const KEY = `sk-${'0123456789abcdef'.repeat(4)}`
const BASE = { operation: 'get', 'portal-url': 'https://example.onlyoffice.com', 'api-key': KEY, 'room-id': '12' }

function parse(inputs: Record<string, string>): Config {
  return readInputs((name) => (inputs[name] ?? '').trim())
}

function inputError(inputs: Record<string, string>): InputError {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an input error')
}

describe('readInputs', () => {
  it('reads a get with defaults', () => {
    const config = parse(BASE)
    expect(config).toMatchObject({
      operation: 'get',
      portalUrl: 'https://example.onlyoffice.com',
      apiKey: KEY,
      target: { by: 'id', id: 12 },
      tags: [],
      ifExists: 'reuse',
      dryRun: false,
      maxRooms: 50,
      concurrency: 8,
      wait: true,
      timeoutMs: 300_000,
      requestTimeoutMs: 30_000,
      maxRetries: 4
    })
    expect(config.roomType.value).toBe(5)
  })

  it('keeps a portal sub-path and drops trailing slashes', () => {
    expect(parse({ ...BASE, 'portal-url': 'https://example.com/docspace//' }).portalUrl).toBe(
      'https://example.com/docspace'
    )
    expect(parse({ ...BASE, 'portal-url': 'https://example.com/' }).portalUrl).toBe('https://example.com')
  })

  it('allows http only for loopback hosts', () => {
    expect(parse({ ...BASE, 'portal-url': 'http://127.0.0.1:8080' }).portalUrl).toBe('http://127.0.0.1:8080')
    expect(parse({ ...BASE, 'portal-url': 'http://localhost:8080/' }).portalUrl).toBe('http://localhost:8080')
    expect(parse({ ...BASE, 'portal-url': 'http://[::1]:8080' }).portalUrl).toBe('http://[::1]:8080')
    const error = inputError({ ...BASE, 'portal-url': 'http://example.onlyoffice.com' })
    expect(error.input).toBe('portal-url')
    expect(error.message).toMatch(/https:\/\/.*clear text/)
  })

  it.each([
    ['not a url', /must be an http\(s\) URL/],
    ['ftp://example.com', /must start with https/],
    ['https://user:pw@example.com', /user name or password/],
    ['https://example.com/?a=1', /without a query/],
    ['https://example.com/api/2.0/files', /without the API path; use "https:\/\/example.com"/]
  ])('refuses portal-url %s', (url, message) => {
    const error = inputError({ ...BASE, 'portal-url': url })
    expect(error.input).toBe('portal-url')
    expect(error.message).toMatch(message)
  })

  it.each(['0', '-3', '1.5', 'abc', '12abc', '99999999999999999999', '+4'])('refuses room-id %s', (id) => {
    const error = inputError({ ...BASE, 'room-id': id })
    expect(error.input).toBe('room-id')
    expect(error.message).toContain('positive whole number')
  })

  it('names the missing input per operation', () => {
    expect(inputError({ ...BASE, 'room-id': '' }).message).toBe(
      'Input "room-id" is required for operation "get" (or give title or tags to find the room by, or run on a pull_request event)'
    )
    expect(inputError({ ...BASE, operation: 'create', 'room-id': '' }).input).toBe('title')
    expect(inputError({ ...BASE, operation: 'rename' }).input).toBe('title')
    expect(inputError({ ...BASE, operation: '' }).input).toBe('operation')
    expect(inputError({ ...BASE, 'portal-url': '' }).input).toBe('portal-url')
    expect(inputError({ ...BASE, 'api-key': '' }).input).toBe('api-key')
  })

  it('refuses an unknown operation and lists the known ones', () => {
    const error = inputError({ ...BASE, operation: 'destroy' })
    expect(error.message).toBe(
      'Input "operation" must be one of create, get, rename, update, archive, unarchive, delete, list, archive-stale, share, members, upload, download, pull-request; got "destroy"'
    )
  })

  it('refuses blank and overlong titles', () => {
    expect(inputError({ ...BASE, operation: 'create', title: '   ' }).input).toBe('title')
    const long = inputError({ ...BASE, operation: 'create', title: 'x'.repeat(171) })
    expect(long.message).toBe('Input "title" is 171 characters long; DocSpace allows at most 170')
    expect(parse({ ...BASE, operation: 'create', title: ` ${'x'.repeat(170)} ` }).title).toHaveLength(170)
  })

  it.each([
    ['custom', 5],
    ['collaboration', 2],
    ['public', 6],
    ['form-filling', 1],
    ['virtual-data', 8],
    ['EditingRoom', 2],
    ['virtualdataroom', 8],
    ['1', 1],
    ['6', 6]
  ])('maps room-type %s to %d', (type, value) => {
    expect(parse({ ...BASE, 'room-type': type }).roomType.value).toBe(value)
  })

  it('refuses an unknown room-type', () => {
    const error = inputError({ ...BASE, 'room-type': '3' })
    expect(error.input).toBe('room-type')
    expect(error.message).toContain('custom, collaboration, public, form-filling, virtual-data')
  })

  it('splits tags on commas and new lines, trimming and dropping duplicates', () => {
    expect(parse({ ...BASE, tags: 'a, b\nc,,a\n' }).tags).toEqual(['a', 'b', 'c'])
  })

  it('reads wait and the time bounds', () => {
    expect(parse({ ...BASE, wait: 'false' }).wait).toBe(false)
    expect(parse({ ...BASE, 'timeout-seconds': '2.5' }).timeoutMs).toBe(2500)
    expect(inputError({ ...BASE, wait: 'yes' }).input).toBe('wait')
    expect(inputError({ ...BASE, 'timeout-seconds': '0' }).input).toBe('timeout-seconds')
    expect(inputError({ ...BASE, 'timeout-seconds': '1e3' }).input).toBe('timeout-seconds')
    // Whole milliseconds: below one, a bound would round to 0 ms and time out every request before it is sent.
    expect(parse({ ...BASE, 'request-timeout-seconds': '0.001' }).requestTimeoutMs).toBe(1)
    expect(inputError({ ...BASE, 'request-timeout-seconds': '0.0004' }).input).toBe('request-timeout-seconds')
    expect(inputError({ ...BASE, 'timeout-seconds': '0.0009' }).input).toBe('timeout-seconds')
    expect(inputError({ ...BASE, 'max-retries': '11' }).input).toBe('max-retries')
  })

  it('masks the key as given and as sent, before validating anything else', () => {
    setSecret.mockClear()
    const key = `sk-${'fedcba9876543210'.repeat(4)}`
    expect(inputError({ ...BASE, operation: 'nope', 'api-key': ` Bearer ${key}\n` }).input).toBe('operation')
    expect(setSecret.mock.calls.flat()).toContain(`Bearer ${key}`)
    parse({ ...BASE, 'api-key': `Bearer ${key}` })
    expect(setSecret.mock.calls.flat()).toContain(key)
  })

  it('strips a pasted "Bearer " prefix from the key and refuses inner white space', () => {
    expect(parse({ ...BASE, 'api-key': `Bearer ${KEY}` }).apiKey).toBe(KEY)
    const error = inputError({ ...BASE, 'api-key': `${KEY} def` })
    expect(error.input).toBe('api-key')
    expect(error.message).not.toContain(KEY)
  })

  it('refuses a key too short to be a DocSpace key, and does not mask it', () => {
    setSecret.mockClear()
    const error = inputError({ ...BASE, 'api-key': 'Bearer sk-abc' })
    expect(error.message).toBe(
      'Input "api-key" is 6 characters long, too short to be a DocSpace API key (those are 67: sk- and 64 hexadecimal digits); pass the whole key'
    )
    expect(setSecret).not.toHaveBeenCalled()
    expect(parse({ ...BASE, 'api-key': 'sk-0123456789abc' }).apiKey).toBe('sk-0123456789abc')
  })

  describe('finding the room without an ID', () => {
    const pr = pullRequestFrom('octo/repo', 12, 'Fix the parser', 'https://github.com/octo/repo/pull/12')
    const noId = { ...BASE, 'room-id': '' }

    it('selects by room-id first, then title, then tags', () => {
      expect(parse({ ...BASE, title: 'T', tags: 'a' }).target).toEqual({ by: 'id', id: 12 })
      expect(parse({ ...noId, title: 'T', tags: 'a' }).target).toEqual({ by: 'title', title: 'T', tags: ['a'] })
      expect(parse({ ...noId, tags: 'a, b' }).target).toEqual({ by: 'tags', tags: ['a', 'b'] })
    })

    it('uses the title of rename as the new name, never to find the room', () => {
      expect(inputError({ ...noId, operation: 'rename', title: 'New' }).input).toBe('room-id')
      expect(parse({ ...noId, operation: 'rename', title: 'New', tags: 'x' }).target).toEqual({
        by: 'tags',
        tags: ['x']
      })
    })

    it('falls back to the pull request only on a pull-request event', () => {
      expect(readInputs((n) => (noId as Record<string, string>)[n] ?? '', pr).target).toEqual({
        by: 'pull-request',
        pullRequest: pr
      })
      expect(inputError(noId).input).toBe('room-id')
    })

    it('names and tags a pull request room and describes it', () => {
      const config = readInputs(
        (n) => (({ ...BASE, operation: 'create', tags: 'ci' }) as Record<string, string>)[n] ?? '',
        pr
      )
      expect(config.title).toBe('repo #12 – Fix the parser')
      expect(config.tags).toEqual(['ci', 'pr:octo/repo#12'])
      expect(config.description).toBe(
        'Pull request octo/repo#12: Fix the parser\nhttps://github.com/octo/repo/pull/12\n'
      )
      expect(config.existing).toEqual({ by: 'pull-request', pullRequest: pr })
    })

    it('keeps an explicit title on a pull-request event and still requires the tag to match', () => {
      const config = readInputs(
        (n) => (({ ...BASE, operation: 'create', title: 'Mine' }) as Record<string, string>)[n] ?? '',
        pr
      )
      expect(config.title).toBe('Mine')
      expect(config.existing).toEqual({ by: 'title', title: 'Mine', tags: ['pr:octo/repo#12'] })
    })

    it('leaves out of a generated title the characters DocSpace would replace', () => {
      expect(pullRequestFrom('octo/repo', 3, 'fix: parse "a/b" <fast>?', '').roomTitle).toBe(
        'repo #3 – fix parse a b fast'
      )
    })

    it('cuts a long pull request title to 170 characters', () => {
      const long = pullRequestFrom('octo/repo', 7, 'x'.repeat(300), 'https://github.com/octo/repo/pull/7')
      expect(long.roomTitle).toHaveLength(170)
      expect(long.roomTitle.endsWith('…')).toBe(true)
    })
  })

  describe('list and archive-stale', () => {
    const listing = { operation: 'list', 'portal-url': BASE['portal-url'], 'api-key': KEY }

    it('reads the filters; room-type filters only when given', () => {
      expect(parse(listing).filters).toEqual({ search: undefined, tags: [], roomType: undefined, area: 'active' })
      const config = parse({ ...listing, search: 'proj', tags: 'a', 'room-type': 'public', area: 'Any' })
      expect(config.filters).toMatchObject({ search: 'proj', tags: ['a'], area: 'any' })
      expect(config.filters.roomType?.value).toBe(6)
    })

    it('requires a positive stale-days and an active area for archive-stale', () => {
      expect(inputError({ ...listing, operation: 'archive-stale' }).input).toBe('stale-days')
      expect(inputError({ ...listing, operation: 'archive-stale', 'stale-days': '0' }).input).toBe('stale-days')
      expect(inputError({ ...listing, operation: 'archive-stale', 'stale-days': '-2' }).input).toBe('stale-days')
      expect(inputError({ ...listing, operation: 'archive-stale', 'stale-days': '30', area: 'archived' }).input).toBe(
        'area'
      )
      expect(parse({ ...listing, operation: 'archive-stale', 'stale-days': '0.5' }).staleDays).toBe(0.5)
    })

    it.each([
      ['area', 'deleted'],
      ['if-exists', 'replace'],
      ['dry-run', 'perhaps'],
      ['max-rooms', '0'],
      ['concurrency', '16']
    ])('refuses %s = %s', (input, value) => {
      expect(inputError({ ...listing, [input]: value }).input).toBe(input)
    })
  })
})

describe('github-token, pull-request-comment, skip-open-pull-requests', () => {
  const TOKEN = 'ghs_0123456789abcdefABCDEF0123456789abcd'
  const pr = pullRequestFrom('o/r', 2, 'Fix', 'https://github.com/o/r/pull/2')
  const withPr = (inputs: Record<string, string>) => readInputs((name) => (inputs[name] ?? '').trim(), pr)

  it('masks the token before anything else, and comments only on a pull-request event', () => {
    setSecret.mockClear()
    const config = withPr({ ...BASE, 'github-token': TOKEN, 'pull-request-comment': 'true' })
    expect(setSecret.mock.calls.map(([s]) => s)).toContain(TOKEN)
    expect(config).toMatchObject({ githubToken: TOKEN, pullRequestComment: true, skipOpenPullRequests: false })
    const push = parse({ ...BASE, 'github-token': TOKEN, 'pull-request-comment': 'true' })
    expect(push.pullRequestComment).toBe(false)
    expect(push.warnings).toEqual([
      'Input "pull-request-comment" is ignored: this run is not for a pull_request or pull_request_target event'
    ])
  })

  it('refuses an empty or spaced token only when something asks GitHub, never quoting it', () => {
    expect(withPr({ ...BASE, 'github-token': '' }).githubToken).toBe('')
    expect(
      inputError({ ...BASE, operation: 'archive-stale', 'stale-days': '3', 'skip-open-pull-requests': 'true' }).input
    ).toBe('github-token')
    let error: unknown
    try {
      withPr({ ...BASE, 'github-token': `${TOKEN} x`, 'pull-request-comment': 'true' })
    } catch (e) {
      error = e
    }
    expect((error as Error).message).toBe('Input "github-token" contains white space; pass the token alone')
  })

  it('checks the booleans and warns about them where the operation does not read them', () => {
    expect(inputError({ ...BASE, 'pull-request-comment': 'yes' }).input).toBe('pull-request-comment')
    expect(inputError({ ...BASE, 'skip-open-pull-requests': 'maybe' }).input).toBe('skip-open-pull-requests')
    const list = parse({
      ...BASE,
      'room-id': '',
      operation: 'list',
      'skip-open-pull-requests': 'true',
      'pull-request-comment': 'true'
    })
    expect(list.warnings).toEqual([
      'Input "pull-request-comment" is ignored: operation "list" does not read it (create, get, rename, update, archive, unarchive, delete, share, members, upload, download and pull-request do)',
      'Input "skip-open-pull-requests" is ignored: operation "list" does not read it (archive-stale does)'
    ])
    expect(list.skipOpenPullRequests).toBe(false)
    const stale = parse({
      ...BASE,
      operation: 'archive-stale',
      'stale-days': '3',
      'skip-open-pull-requests': 'true',
      'github-token': TOKEN
    })
    expect(stale.skipOpenPullRequests).toBe(true)
  })
})
