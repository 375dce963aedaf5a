/**
 * `undici` for the bundle (see "paths" in tsconfig.json), loaded on first use. @actions/http-client imports
 * its ProxyAgent at the top, and @actions/github builds one on import whenever HTTPS_PROXY is set, for the
 * fetch it gives Octokit. The action's DocSpace requests go through http-client's node:http path (proxies
 * included) and never touch undici, so only a request that goes through undici loads it: ncc puts the real
 * package in a chunk of its own. Bundled whole, it made dist/index.js 1,327 KiB instead of 416 and every
 * run's start 30 ms slower (55 to 85 ms for a `get`), for code that no run of the action uses yet.
 */
import type * as Undici from 'undici/index.js'

type RealProxyAgent = InstanceType<typeof Undici.ProxyAgent>
type DispatchOptions = Parameters<RealProxyAgent['dispatch']>[0]
type DispatchHandler = Parameters<RealProxyAgent['dispatch']>[1]

let loading: Promise<typeof Undici> | undefined

// `undici/index.js`, not `undici`: the tsconfig path maps only the bare name, so this is the real package.
const undici = (): Promise<typeof Undici> => (loading ??= import('undici/index.js'))

/**
 * undici's ProxyAgent with the same options, built when the first request goes through it. A dispatcher in
 * its own right: the real ProxyAgent gets each request as soon as it exists, and reports to the handler.
 */
export class ProxyAgent {
  readonly #options: Undici.ProxyAgent.Options | string
  #agent: Promise<RealProxyAgent> | undefined

  constructor(options: Undici.ProxyAgent.Options | string) {
    this.#options = options
  }

  /** The real ProxyAgent, built once. */
  agent(): Promise<RealProxyAgent> {
    return (this.#agent ??= undici().then((u) => new u.ProxyAgent(this.#options)))
  }

  dispatch(options: DispatchOptions, handler: DispatchHandler): boolean {
    this.agent()
      .then((agent) => agent.dispatch(options, handler))
      .catch((error: unknown) => handler.onError?.(error instanceof Error ? error : new Error(String(error))))
    return true
  }

  async close(): Promise<void> {
    if (this.#agent) await (await this.#agent).close()
  }

  async destroy(error?: Error | null): Promise<void> {
    if (this.#agent) await (await this.#agent).destroy(error ?? null)
  }
}

/**
 * undici's fetch, with a ProxyAgent from above swapped for the real one it stands for. Without a dispatcher
 * (no proxy, or the host is in NO_PROXY) Node's own fetch does the same work without loading undici.
 */
export async function fetch(input: Undici.RequestInfo, init?: Undici.RequestInit): Promise<Undici.Response> {
  const dispatcher = init?.dispatcher
  if (dispatcher === undefined) {
    return globalThis.fetch(input, init)
  }
  const real = await undici()
  const agent = dispatcher instanceof ProxyAgent ? await dispatcher.agent() : dispatcher
  return real.fetch(input, { ...init, dispatcher: agent })
}
