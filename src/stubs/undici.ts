/**
 * Stands in for `undici` in the bundle (see "paths" in tsconfig.json). @actions/http-client imports its
 * ProxyAgent only for getAgentDispatcher(), and @actions/github its fetch only for Octokit requests; this
 * action uses neither: its requests go through http-client's node:http path, proxies included. Bundling
 * undici anyway would make it 80% of dist/index.js and double the action's start-up time (see
 * BENCHMARKS.md). If a future version needs undici for real, this fails loudly instead of silently.
 */
function unused(name: string): never {
  throw new Error(`undici.${name} is not bundled with this action (src/stubs/undici.ts)`)
}

export class ProxyAgent {
  constructor() {
    unused('ProxyAgent')
  }
}

export function fetch(): never {
  unused('fetch')
}
