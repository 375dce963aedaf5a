/**
 * `npm run demo -- pull-request`: the README's Quick start workflow, its `with:` values read from the README itself,
 * played through a pull request's opened → edited → closed events against the DocSpace emulator and the GitHub
 * stand-in, as a runner would run it. Prints each run's log, its job summary as text, and the pull request comment.
 */
import { startEmulator } from '../test/emulator/server.js'
import { pullRequestPayload, type PullRequestAction } from '../test/e2e/github-event.js'
import { readmeWorkflow, renderedInputs, type Contexts } from '../test/e2e/readme-workflows.js'
import { eventEnv } from '../test/e2e/github-event.js'
import { runAction } from '../test/e2e/run-action.js'
import { RUNNER_GITHUB_TOKEN, startGitHubStandIn } from '../test/github/server.js'

/** GitHub-flavoured HTML as a terminal shows it: table rows as lines, cells apart, tags gone, entities read. */
function asText(html: string): string {
  return html
    .replace(/<\/t[hd]>\s*<t[hd][^>]*>/g, '  │  ')
    .replace(/<tr>/g, '\n  ')
    .replace(/<br>/g, '\n    ')
    .replace(/<\/?(p|table|h3)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export async function demoPullRequest(): Promise<boolean> {
  const emulator = await startEmulator({ operationDelayMs: 200 })
  const github = await startGitHubStandIn()
  emulator.state.addUser({ email: 'ana@example.com', displayName: 'Ana Lopez', type: 'User' })
  emulator.state.addUser({ email: 'oscar@example.com', displayName: 'Oscar Octo', type: 'User' })
  const workflow = readmeWorkflow('pull-request')
  console.log(`DocSpace emulator at ${emulator.url}, GitHub stand-in at ${github.url}`)
  console.log("The README's Quick start, through a pull request's opened, edited and closed events:\n")
  let ok = true
  for (const action of ['opened', 'edited', 'closed'] as PullRequestAction[]) {
    const payload = pullRequestPayload(action, action === 'edited' ? { title: 'Update the README (edited)' } : {})
    const contexts: Contexts = {
      secrets: {
        DOCSPACE_API_KEY: emulator.apiKey,
        DOCSPACE_USERS: 'Codertocat: ana@example.com\noctocat: oscar@example.com'
      },
      vars: { DOCSPACE_URL: emulator.url },
      inputs: {},
      github: { event_name: 'pull_request', event: payload }
    }
    const inputs = renderedInputs(workflow, contexts)
    const run = await runAction(
      { 'github-token': RUNNER_GITHUB_TOKEN, ...inputs },
      { ...eventEnv('pull_request', payload), GITHUB_API_URL: github.url }
    )
    console.log(`══ pull_request ${action} ${'═'.repeat(50 - action.length)}`)
    console.log('── log')
    for (const line of run.stdout.split('\n')) {
      const group = /^::group::(.*)$/.exec(line)
      const annotation = /^::(notice|warning|error)[^:]*::(.*)$/.exec(line)
      if (group) console.log(`  ▸ ${group[1]}`)
      else if (annotation) console.log(`  ${annotation[1]}: ${annotation[2]}`)
      else if (line && !line.startsWith('::')) console.log(`    ${line}`)
    }
    console.log(
      `── outputs: result=${run.outputs.result}, operation=${run.outputs.operation}, room-id=${run.outputs['room-id']}`
    )
    console.log('── job summary')
    console.log(
      asText(run.summary)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')
    )
    console.log()
    if (run.exitCode !== 0) ok = false
  }
  const comment = github.comments('Codertocat/Hello-World', 2).at(-1)
  console.log('══ the pull request comment, as it reads after the last run')
  console.log(
    (comment ? asText(comment.body) : '(none)')
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')
  )
  await emulator.close()
  await github.close()
  return ok
}
