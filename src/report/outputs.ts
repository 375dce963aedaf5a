import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Config } from '../inputs/config.js'
import type { Outcome } from '../operations/context.js'
import { fitJsonArray, OUTPUTS_BUDGET_BYTES, outputBytes } from './github-limits.js'
import { redact } from '../lib/redact.js'
import type { CompactRoom } from './facts.js'
import { roomUrl } from '../docspace/room-url.js'
import { log } from '../lib/safe-text.js'

/**
 * Sets the step's outputs, all of them together within GitHub's limit. The small ones a workflow branches on come
 * first; `rooms` gets what is left and holds as many rooms as fit, while `rooms-file` names a JSON file with all
 * of them. An output that does not fit at all (only a hostile portal makes a room that large) is left unset.
 */
export async function setOutputs(
  config: Config,
  outcome: Outcome,
  listed: CompactRoom[] | undefined,
  warn: (text: string) => void = log.warning
): Promise<void> {
  const { room } = outcome
  const outputs: [string, string][] = [['result', outcome.result]]
  if (outcome.resolved) outputs.push(['operation', outcome.resolved])
  if (room) {
    outputs.push(
      ['room-id', String(room.id)],
      ['room-url', roomUrl(config.portalUrl, room.id)],
      ['room-title', room.title],
      ['room', JSON.stringify(room)]
    )
  }
  if (outcome.commentUrl) outputs.push(['comment-url', outcome.commentUrl])
  if (outcome.externalLink !== undefined) outputs.push(['external-link', outcome.externalLink])
  const roomsFile = listed && (await writeJsonFile('rooms', listed))
  const filesFile = outcome.files && (await writeJsonFile('files', outcome.files))
  if (filesFile) outputs.push(['files-file', filesFile])
  if (listed) outputs.push(['count', String(listed.length)], ['rooms-file', roomsFile!])

  let left = OUTPUTS_BUDGET_BYTES
  for (const [name, raw] of outputs) {
    const value = redact(raw)
    const size = outputBytes(name, value)
    if (size > left) {
      warn(`The ${name} output is left empty: its ${size} bytes would pass GitHub's 1 MB limit on outputs`)
      continue
    }
    core.setOutput(name, value)
    left -= size
  }
  if (outcome.members) left -= setListOutput('members', outcome.members, left, warn)
  if (outcome.files) {
    left -= setListOutput(
      'files',
      outcome.files,
      left,
      warn,
      `All ${outcome.files.length} are in ${filesFile}, the file the files-file output names.`
    )
  }
  if (!listed) return
  setListOutput(
    'rooms',
    listed,
    left,
    warn,
    `All ${listed.length} are in ${roomsFile}, the file the rooms-file output names.`
  )
}

/** A JSON array output holding as many items as fit in `left` bytes, with a warning when some are left out. */
function setListOutput(
  name: 'members' | 'rooms' | 'files',
  items: unknown[],
  left: number,
  warn: (text: string) => void,
  whereTheRestAre = ''
): number {
  const { value, kept } = fitJsonArray(name, items, left, (some) => redact(JSON.stringify(some)))
  core.setOutput(name, value)
  if (kept < items.length) {
    warn(
      `The ${name} output holds the first ${kept} of ${items.length} ${name}: all of them would pass GitHub's 1 MB ` +
        `limit on outputs${whereTheRestAre ? `. ${whereTheRestAre}` : ''}`
    )
  }
  return outputBytes(name, value)
}

/** The whole list as JSON in the runner's temporary directory, which the runner empties after the job. */
async function writeJsonFile(what: 'rooms' | 'files', list: unknown[]): Promise<string> {
  const path = join(process.env.RUNNER_TEMP || tmpdir(), `docspace-${what}-${randomUUID()}.json`)
  await writeFile(path, redact(JSON.stringify(list)), { flag: 'wx' })
  return path
}
