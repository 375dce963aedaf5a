// The GitHub Actions runner's reading of a step's output, to count the commands it would act on. Sources:
// actions/runner (258d6c857db3): src/Runner.Sdk/ProcessInvoker.cs:507-520 (stdout and stderr read with
// StreamReader.ReadLine, so "\r\n", "\r" and "\n" each end a line), src/Runner.Worker/Handlers/
// NodeScriptActionHandler.cs:160-161 and OutputManager.cs:77-90 (both streams, every line, looked at for
// commands), src/Runner.Worker/ActionCommandManager.cs:61-150 (`::` syntax tried first, then `##[`; the
// registered commands; stop-commands), src/Runner.Common/ActionCommand.cs (the two parsers and their
// unescaping).
import { RUNNER_GITHUB_TOKEN } from '../github/server.js'

export interface RunnerCommand {
  name: string
  properties: Record<string, string>
  data: string
  syntax: '::' | '##['
  /** The line as the process wrote it. */
  line: string
}

/** The command extensions the runner registers (ActionCommandManager.cs), matched without regard to case. */
const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
]

/**
 * The runner compares with .NET's culture-sensitive `StartsWith`/`IndexOf`, which under ICU skip
 * default-ignorable characters (a zero-width space between `##` and `[` still matches). Reading each line
 * with them removed finds every command the runner finds, and more: a stricter reading for a test that
 * wants none.
 */
// eslint-disable-next-line no-control-regex -- ICU skips control characters too
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu

/** The lines the runner reads from a process's output. */
export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/)
}

/** Every command the runner would process in `output` (stdout or stderr), in order, stop-commands honoured. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED)
  const commands: RunnerCommand[] = []
  let stopToken: string | undefined
  for (const line of runnerLines(output)) {
    const text = line.replace(IGNORABLE, '')
    const command = parseColons(text, line, registered) ?? parseBrackets(text, line, registered)
    if (!command) continue
    const name = command.name.toLowerCase()
    if (stopToken !== undefined) {
      // While stopped, only the token resumes; everything else is printed as text.
      if (stopToken !== '' && name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
        commands.push(command)
      }
      continue
    }
    if (name === 'stop-commands') {
      stopToken = command.data
      registered.add(stopToken.toLowerCase())
    }
    commands.push(command)
  }
  return commands
}

/** ActionCommand.TryParseV2: `::name key=value,key=value::data` after leading white space. */
function parseColons(text: string, line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = text.trimStart()
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const at = pair.indexOf('=')
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), PROPERTY)
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), DATA), syntax: '::', line }
}

/** ActionCommand.TryParse: `##[name key=value;key=value]data` anywhere in a line (its first `##[`). */
function parseBrackets(text: string, line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = text.indexOf('##[')
  if (prefix < 0) return undefined
  const close = text.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = text.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const at = pair.indexOf('=')
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), LEGACY)
    }
  }
  return { name, properties, data: unescape(text.slice(close + 1), LEGACY), syntax: '##[', line }
}

const DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const LEGACY: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]

function unescape(text: string, mappings: [string, string][]): string {
  return mappings.reduce((s, [escaped, token]) => s.split(escaped).join(token), text)
}

/** The commands the action writes itself, through @actions/core: `::name::data` at a line's start, no property. */
const OWN_COMMANDS = new Set(['add-mask', 'debug', 'warning', 'error', 'group', 'endgroup'])

/**
 * Commands in a run's output that the action did not mean: any `##[` command, any other name, any property, a
 * mask of anything but the key or the job's GitHub token (github-token's default), and (when `mark` is given, the start of every hostile command's data) a
 * command whose data begins with it.
 */
export function unintendedCommands(
  run: { stdout: string; stderr: string },
  apiKey: string,
  mark?: string
): RunnerCommand[] {
  return [...runnerCommands(run.stdout), ...runnerCommands(run.stderr)].filter(
    (c) =>
      !(
        c.syntax === '::' &&
        OWN_COMMANDS.has(c.name) &&
        c.line.startsWith(`::${c.name}::`) &&
        (mark === undefined || !c.data.startsWith(mark)) &&
        (c.name !== 'add-mask' || c.data === apiKey || c.data === RUNNER_GITHUB_TOKEN)
      )
  )
}
