import { jest } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici/index.js'
import { ProxyAgent, fetch } from '../../src/lib/undici-stub.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'

// src/lib/undici-stub.ts as the bundle's `undici`: a ProxyAgent that is built without loading undici and works as
// a dispatcher once a request goes through it, and a fetch that loads undici only for a dispatcher.
let server: http.Server
let origin: string
let proxy: ConnectProxy
beforeAll(async () => {
  server = http.createServer((req, res) => res.end(`hello ${req.url}`))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  origin = `http://only-the-proxy.test:${port}`
  proxy = await startConnectProxy({ 'only-the-proxy.test': '127.0.0.1' })
})
afterAll(async () => {
  await proxy.close()
  await new Promise((done) => server.close(done))
})
afterEach(() => jest.restoreAllMocks())

it('tunnels a request undici dispatches to it through the proxy', async () => {
  const agent = new ProxyAgent({ uri: proxy.url })
  const answer = await request(`${origin}/dispatch`, { dispatcher: agent as never })
  expect(await answer.body.text()).toBe('hello /dispatch')
  expect(proxy.connects.at(-1)).toBe(new URL(origin).host)
  await agent.close()
})

it("reports options undici's ProxyAgent refuses to the request, not to its constructor", async () => {
  const agent = new ProxyAgent({} as never)
  await expect(request(`${origin}/`, { dispatcher: agent as never })).rejects.toThrow(/Proxy/)
})

it("fetches through the proxy with undici's fetch and the real ProxyAgent", async () => {
  const nodeFetch = jest.spyOn(globalThis, 'fetch')
  const before = proxy.connects.length
  const agent = new ProxyAgent({ uri: proxy.url })
  const answer = await fetch(`${origin}/fetch`, { dispatcher: agent as never })
  expect(await answer.text()).toBe('hello /fetch')
  expect(proxy.connects.slice(before)).toEqual([new URL(origin).host])
  expect(nodeFetch).not.toHaveBeenCalled()
  await agent.close()
})

it("leaves a request without a dispatcher (no proxy, or NO_PROXY) to Node's own fetch", async () => {
  const nodeFetch = jest.spyOn(globalThis, 'fetch')
  const direct = origin.replace('only-the-proxy.test', '127.0.0.1')
  const answer = await fetch(`${direct}/direct`, { method: 'GET' })
  expect(await answer.text()).toBe('hello /direct')
  expect(nodeFetch).toHaveBeenCalledWith(`${direct}/direct`, { method: 'GET' })
})
