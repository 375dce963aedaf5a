// Runs the GitHub REST API stand-in alone, for `npm run local` and demos: prints one JSON line with its url (what
// GITHUB_API_URL takes) and its tokens, and serves until stopped. Process plumbing only; the behaviour is in server.ts.
import { parseArgs } from 'node:util'
import { RUNNER_GITHUB_TOKEN, startGitHubStandIn } from './server.js'

const { values } = parseArgs({
  options: { 'latency-ms': { type: 'string' }, help: { type: 'boolean' } },
  strict: true
})
if (values.help) {
  console.log('usage: tsx test/github/cli.ts [--latency-ms N]')
  process.exit(0)
}
const github = await startGitHubStandIn({ latencyMs: values['latency-ms'] ? Number(values['latency-ms']) : undefined })
console.log(
  JSON.stringify({
    url: github.url,
    token: RUNNER_GITHUB_TOKEN,
    readOnlyToken: github.readOnlyToken,
    userToken: github.userToken
  })
)
const stop = () => void github.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
