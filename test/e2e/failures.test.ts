import { useEmulator } from './helpers.js'

const env = useEmulator({ operationDelayMs: 10 })

describe('bad input is refused before any request', () => {
  it.each([
    [
      'an unknown operation',
      { operation: 'explode' },
      'operation',
      /must be one of create, get, rename, update, archive, unarchive, delete/
    ],
    ['a missing operation', { operation: '' }, 'operation', /is required/],
    ['a missing room-id', { operation: 'archive' }, 'room-id', /is required for operation "archive"/],
    ['a room-id that is not a number', { operation: 'get', 'room-id': 'abc' }, 'room-id', /positive whole number/],
    ['a negative room-id', { operation: 'get', 'room-id': '-1' }, 'room-id', /positive whole number/],
    ['a fractional room-id', { operation: 'delete', 'room-id': '1.5' }, 'room-id', /positive whole number/],
    ['a missing title', { operation: 'create' }, 'title', /is required for operation "create"/],
    ['a whitespace title', { operation: 'create', title: '   ' }, 'title', /is required for operation "create"/],
    [
      'a title over 170 characters',
      { operation: 'create', title: 'a'.repeat(171) },
      'title',
      /171 characters long; DocSpace allows at most 170/
    ],
    [
      'a portal-url that is not a URL',
      { operation: 'get', 'room-id': '1', 'portal-url': 'example' },
      'portal-url',
      /http\(s\) URL/
    ],
    [
      'a portal-url with another scheme',
      { operation: 'get', 'room-id': '1', 'portal-url': 'ftp://example.com' },
      'portal-url',
      /https/
    ],
    [
      'http:// to a remote host',
      { operation: 'get', 'room-id': '1', 'portal-url': 'http://example.onlyoffice.com' },
      'portal-url',
      /clear text/
    ],
    ['a missing api-key', { operation: 'get', 'room-id': '1', 'api-key': '' }, 'api-key', /is required/],
    ['an unknown room-type', { operation: 'create', title: 'x', 'room-type': 'garage' }, 'room-type', /must be one of/],
    ['a wait that is not a boolean', { operation: 'archive', 'room-id': '1', wait: 'maybe' }, 'wait', /true or false/],
    [
      'a timeout that is not a number',
      { operation: 'get', 'room-id': '1', 'timeout-seconds': 'soon' },
      'timeout-seconds',
      /number of seconds/
    ]
  ])('%s', async (_, inputs, input, message) => {
    const run = await env.run(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(new RegExp(`^Input "${input}" `))
    expect(run.errors[0]).toMatch(message)
    expect(env.emulator.requests).toEqual([])
    expect(run.outputs).toEqual({})
  })
})

describe('failed calls explain themselves', () => {
  it('a wrong key: HTTP 401 with no body where DocSpace requires a user', async () => {
    const run = await env.run({ operation: 'list', 'api-key': 'sk-wrong-key-123' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 401')
    expect(run.errors[0]).toContain('the API key is wrong, expired or revoked')
    expect(env.emulator.requests).toHaveLength(1)
    expect(env.emulator.requests[0]!.authorization).toBe('invalid')
  })

  // GET rooms/{id} is open to anonymous callers, so an sk- key that fails authentication meets the scope
  // filter instead, which answers a bare 403 ProblemDetails (ApiKeyScopesFilter.cs:46-72).
  it('a wrong key: HTTP 403 ProblemDetails where DocSpace lets anonymous callers in', async () => {
    const room = env.emulator.addRoom({ title: 'Private' })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id), 'api-key': 'sk-wrong-key-123' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 403')
    expect(run.errors[0]).toContain(
      'the API key is wrong, expired or revoked, or it lacks the "rooms:read" scope: DocSpace answers both alike here'
    )
    expect(env.emulator.requests).toHaveLength(1)
  })

  it('a failed step says what failed in the job summary', async () => {
    const run = await env.run({ operation: 'get', 'room-id': '31337' })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('DocSpace rooms: get')
    expect(run.summary).toContain('The step failed.')
    expect(run.summary).toContain('HTTP 404')
    const refused = await env.run({ operation: 'get', 'room-id': 'x' })
    expect(refused.summary).toContain('Input &#34;room-id&#34; must be a positive whole number')
  })

  it('a key pasted with "Bearer " still works and is masked whole', async () => {
    const room = env.emulator.addRoom({ title: 'Mine' })
    const run = await env.run({
      operation: 'get',
      'room-id': String(room.id),
      'api-key': `Bearer ${env.emulator.apiKey}`
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${env.emulator.apiKey}`)
  })

  it('a key without the files:read scope cannot follow the archive', async () => {
    const { startEmulator } = await import('../emulator/server.js')
    const scoped = await startEmulator({ keys: { 'sk-rooms-read-write': { scopes: ['rooms:read', 'rooms:write'] } } })
    try {
      const room = scoped.addRoom({ title: 'Scoped' })
      const run = await env.run({
        operation: 'archive',
        'room-id': String(room.id),
        'portal-url': scoped.url,
        'api-key': 'sk-rooms-read-write'
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors[0]).toContain('HTTP 403')
      expect(run.errors[0]).toContain('files:read')
    } finally {
      await scoped.close()
    }
  })

  it('an HTML page instead of the API', async () => {
    env.emulator.faults.add({ path: /^\/files\/rooms\/\d+$/, fault: { kind: 'html', status: 200 } })
    const room = env.emulator.addRoom({ title: 'Behind a proxy' })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTML page')
    expect(run.errors[0]).toContain('portal-url does not point at DocSpace')
  })

  it('nothing listening at portal-url', async () => {
    const run = await env.run({
      operation: 'get',
      'room-id': '1',
      'portal-url': 'http://127.0.0.1:9',
      'max-retries': '0'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('ECONNREFUSED')
    expect(run.errors[0]).toContain('nothing is listening at portal-url')
  })

  it('the key never shows, even when the server quotes it back', async () => {
    env.emulator.faults.add({
      path: /^\/files\/rooms\/\d+$/,
      fault: {
        kind: 'status',
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { message: `Bad token Bearer ${env.emulator.apiKey}` },
          status: 1,
          statusCode: 400
        })
      }
    })
    const run = await env.run({ operation: 'get', 'room-id': '5' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('Bad token Bearer ***')
  })
})
