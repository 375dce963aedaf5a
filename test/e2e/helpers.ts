import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js'
import {
  RUNNER_GITHUB_TOKEN,
  startGitHubStandIn,
  type GitHubStandIn,
  type GitHubStandInOptions
} from '../github/server.js'
import { eventEnv, type WebhookPayload } from './github-event.js'
import { runAction, type ActionRun } from './run-action.js'

/** Starts an emulator for a test file and gives a runner of the bundled action pointed at it. */
export function useEmulator(options: EmulatorOptions = {}) {
  const state = { emulator: undefined as Emulator | undefined, runs: [] as ActionRun[] }
  beforeAll(async () => {
    state.emulator = await startEmulator(options)
  })
  afterEach(() => {
    state.emulator!.reset()
  })
  afterAll(async () => {
    await state.emulator?.close()
  })
  return {
    get emulator(): Emulator {
      return state.emulator!
    },
    /** DocSpace's own answer to a GET, as the emulator gives it, for a test to change before replaying it. */
    async answerOf(path: string): Promise<Record<string, unknown>> {
      const response = await fetch(`${state.emulator!.url}/api/2.0${path}`, {
        headers: { Authorization: `Bearer ${state.emulator!.apiKey}` }
      })
      return (await response.json()) as Record<string, unknown>
    },
    /** The next answers to method+path are `body` as JSON with `status`, whatever the portal holds. */
    answerWith(
      method: string,
      path: string | RegExp,
      body: unknown,
      options: { status?: number; times?: number } = {}
    ) {
      state.emulator!.faults.add({
        method,
        path,
        times: options.times ?? Infinity,
        fault: {
          kind: 'status',
          status: options.status ?? 200,
          body: JSON.stringify(body),
          contentType: 'application/json; charset=utf-8'
        }
      })
    },
    /** Runs the action with the emulator's URL and key unless the test overrides them. */
    async run(
      inputs: Record<string, string | undefined>,
      env: Record<string, string | undefined> = {}
    ): Promise<ActionRun> {
      const run = await runAction(
        { 'portal-url': state.emulator!.url, 'api-key': state.emulator!.apiKey, ...inputs },
        env
      )
      expectKeyHidden(run, state.emulator!.apiKey)
      if (inputs['api-key']) expectKeyHidden(run, inputs['api-key'])
      expectKeyHidden(run, inputs['github-token'] ?? RUNNER_GITHUB_TOKEN)
      state.runs.push(run)
      return run
    }
  }
}

/** The key must appear nowhere a person or a later step could read it. */
export function expectKeyHidden(run: ActionRun, key: string): void {
  const places = { log: run.log, outputs: JSON.stringify(run.outputs), summary: run.summary }
  for (const [place, text] of Object.entries(places)) {
    // The runner's own mask command is the one line allowed to carry it.
    const visible = text.replace(/^::add-mask::.*$/gm, '')
    if (key && visible.includes(key)) throw new Error(`a secret (${key.slice(0, 4)}…) appeared in the ${place}`)
  }
}

/** Starts the GitHub API stand-in for a test file; `env` points a run's GITHUB_API_URL at it. */
export function useGitHub(options: GitHubStandInOptions = {}) {
  const state = { github: undefined as GitHubStandIn | undefined }
  beforeAll(async () => {
    state.github = await startGitHubStandIn(options)
  })
  afterEach(() => state.github!.reset())
  afterAll(async () => {
    await state.github?.close()
  })
  return {
    get github(): GitHubStandIn {
      return state.github!
    },
    /** The variables of a run for `payload`, with GitHub's API at the stand-in. */
    env(eventName: string, payload: WebhookPayload): Record<string, string> {
      return { ...eventEnv(eventName, payload), GITHUB_API_URL: state.github!.url }
    }
  }
}
