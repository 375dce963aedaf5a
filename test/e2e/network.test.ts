import { startEmulator, type Emulator } from '../emulator/server.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'
import { selfSignedCertificate, type TestCertificate } from '../support/tls.js'
import { expectKeyHidden, useEmulator } from './helpers.js'
import { runAction } from './run-action.js'

const env = useEmulator({ operationDelayMs: 10 })

describe('TLS', () => {
  let cert: TestCertificate
  let secure: Emulator
  beforeAll(async () => {
    cert = selfSignedCertificate(['docspace.test', '127.0.0.1'])
    secure = await startEmulator({ tls: cert })
  })
  afterAll(() => secure.close())

  it('refuses a certificate the runner does not trust, saying so', async () => {
    const room = secure.addRoom({ title: 'Secure' })
    const run = await runAction({
      operation: 'get',
      'room-id': String(room.id),
      'portal-url': secure.url,
      'api-key': secure.apiKey
    })
    expectKeyHidden(run, secure.apiKey)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/SELF_SIGNED_CERT|self-signed certificate/)
    expect(run.errors[0]).toContain("the portal's TLS certificate is not trusted")
    expect(run.errors[0]).toContain('NODE_EXTRA_CA_CERTS')
    // A certificate problem is not worth retrying.
    expect(run.errors[0]).not.toContain('attempts')
  })

  it('works once the certificate authority is given with NODE_EXTRA_CA_CERTS', async () => {
    const room = secure.addRoom({ title: 'Trusted' })
    const run = await runAction(
      { operation: 'get', 'room-id': String(room.id), 'portal-url': secure.url, 'api-key': secure.apiKey },
      { NODE_EXTRA_CA_CERTS: cert.certPath }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['room-title']).toBe('Trusted')
  })

  describe('through an HTTPS proxy', () => {
    let proxy: ConnectProxy
    beforeAll(async () => {
      proxy = await startConnectProxy({ 'docspace.test': '127.0.0.1' })
    })
    afterAll(() => proxy.close())

    it('tunnels through https_proxy to a host only the proxy can resolve', async () => {
      const port = new URL(secure.url).port
      const room = secure.addRoom({ title: 'Via proxy' })
      const run = await runAction(
        {
          operation: 'archive',
          'room-id': String(room.id),
          'portal-url': `https://docspace.test:${port}`,
          'api-key': secure.apiKey
        },
        { https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: cert.certPath }
      )
      expectKeyHidden(run, secure.apiKey)
      expect(run.exitCode).toBe(0)
      expect(run.outputs.result).toBe('archived')
      expect(secure.room(room.id)!.archived).toBe(true)
      expect(proxy.connects.length).toBeGreaterThan(0)
      expect(new Set(proxy.connects)).toEqual(new Set([`docspace.test:${port}`]))
    })

    it('goes direct for hosts in no_proxy', async () => {
      const before = proxy.connects.length
      const run = await runAction(
        {
          operation: 'get',
          'room-id': '1',
          'portal-url': 'https://docspace.test:9',
          'api-key': secure.apiKey,
          'max-retries': '0'
        },
        { https_proxy: proxy.url, no_proxy: 'docspace.test' }
      )
      expect(run.exitCode).toBe(1)
      expect(run.errors[0]).toMatch(/ENOTFOUND|EAI_AGAIN/)
      expect(proxy.connects.length).toBe(before)
    })
  })
})

describe('name resolution', () => {
  it('says the host name does not resolve', async () => {
    const run = await env.run({
      operation: 'get',
      'room-id': '1',
      'portal-url': 'https://docspace-rooms-action.invalid',
      'max-retries': '1'
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(run.errors[0]).toContain('the portal host name does not resolve; check portal-url')
  })
})

describe('redirects', () => {
  let elsewhere: Emulator
  beforeAll(async () => {
    elsewhere = await startEmulator()
  })
  afterAll(() => elsewhere.close())
  afterEach(() => elsewhere.reset())

  it('does not follow a redirect to another origin with the key', async () => {
    const room = env.emulator.addRoom({ title: 'Moved' })
    env.emulator.faults.add({
      path: `/files/rooms/${room.id}`,
      fault: { kind: 'redirect', location: `${elsewhere.url}/api/2.0/files/rooms/${room.id}` }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id) })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('HTTP 302')
    expect(run.errors[0]).toContain(`redirect to ${elsewhere.url}`)
    expect(run.errors[0]).toContain('the API key is never sent to another origin')
    expect(elsewhere.requests).toEqual([])
  })

  it('follows a redirect within the portal for a read', async () => {
    const room = env.emulator.addRoom({ title: 'Same origin' })
    env.emulator.faults.add({
      path: `/files/rooms/${room.id}`,
      fault: { kind: 'redirect', location: `/api/2.0/files/rooms/${room.id}/`, status: 301 }
    })
    const run = await env.run({ operation: 'get', 'room-id': String(room.id) })
    expect(run.exitCode).toBe(0)
    expect(env.emulator.requests.map((r) => r.authorization)).toEqual(['valid', 'valid'])
  })
})
