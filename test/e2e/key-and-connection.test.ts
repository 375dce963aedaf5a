// Small things that went wrong around the key and the connection: a key so short that hiding it rewrote the
// outputs, a request timeout that rounded to nothing, an IPv6 loopback address, and NODE_DEBUG printing headers.
import { startEmulator, type Emulator } from '../emulator/server.js'
import { RUNNER_GITHUB_TOKEN } from '../github/server.js'
import { useEmulator } from './helpers.js'
import { runAction } from './run-action.js'

const env = useEmulator({ operationDelayMs: 10 })

describe('a key too short to be a DocSpace key', () => {
  it.each(['e', 'ke'])('api-key %j is an input error, sent nowhere, that leaves the message readable', async (key) => {
    const room = env.emulator.addRoom({ title: 'Some room' })
    // runAction, not env.run: a one-letter key is in any text, so env.run's check that the key is hidden cannot apply.
    const run = await runAction({
      operation: 'get',
      'room-id': String(room.id),
      'portal-url': env.emulator.url,
      'api-key': key
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      `Input "api-key" is ${key.length} character${key.length === 1 ? '' : 's'} long, too short to be a DocSpace API key (those are 67: sk- and 64 hexadecimal digits); pass the whole key`
    ])
    expect(run.summary).not.toContain('***')
    // Only the job's GitHub token (github-token's default) is masked.
    expect(run.stdout.replace(`::add-mask::${RUNNER_GITHUB_TOKEN}\n`, '')).not.toContain('::add-mask::')
    expect(env.emulator.requests).toEqual([])
  })
})

describe('request-timeout-seconds', () => {
  it('below a millisecond is an input error naming it, not a timeout of timeout-seconds', async () => {
    const run = await env.run({ operation: 'list', 'request-timeout-seconds': '0.0004' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      'Input "request-timeout-seconds" must be a number of seconds from 0.001 (one millisecond) to 21600; got "0.0004"'
    ])
    expect(env.emulator.requests).toEqual([])
  })
})

describe('an IPv6 loopback portal', () => {
  let portal: Emulator
  beforeAll(async () => {
    portal = await startEmulator({ host: '::1' })
  })
  afterAll(() => portal.close())

  it('http://[::1]:port is reached', async () => {
    const room = portal.addRoom({ title: 'On IPv6' })
    const run = await runAction({
      operation: 'get',
      'room-id': String(room.id),
      'portal-url': portal.url,
      'api-key': portal.apiKey
    })
    expect(portal.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
    expect(run.errors).toEqual([])
    expect(run.outputs['room-title']).toBe('On IPv6')
  })
})

describe('NODE_DEBUG', () => {
  it.each(['http', 'http,https,net,tls,stream,tunnel', '*'])(
    'NODE_DEBUG=%s prints no header of a request',
    async (sections) => {
      const room = env.emulator.addRoom({ title: 'Debugged' })
      const run = await env.run({ operation: 'archive', 'room-id': String(room.id) }, { NODE_DEBUG: sections })
      expect(run.exitCode).toBe(0)
      // Node's own debug output is on, and shows the request it was made with.
      expect(run.stderr).toMatch(/HTTP \d+: createConnection/)
      expect(run.stderr).not.toMatch(/authorization|bearer/i)
      // env.run checks that the key appears nowhere in the log, outputs or summary.
    }
  )
})
