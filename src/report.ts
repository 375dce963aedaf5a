import * as core from '@actions/core'
import type { Config } from './inputs.js'
import type { Outcome } from './operations/context.js'
import { redact } from './redact.js'
import { roomUrl } from './room-url.js'

/** Sets the step's outputs and writes the job summary. */
export async function report(config: Config, outcome: Outcome): Promise<void> {
  const { room } = outcome
  const url = room ? roomUrl(config.portalUrl, room.id) : ''
  const outputs: Record<string, string> = {
    result: outcome.result,
    room: room ? JSON.stringify(room) : '',
    'room-id': room ? String(room.id) : '',
    'room-title': room?.title ?? '',
    'room-url': url
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value))

  // Outside a runner (or with summaries disabled) there is no file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  core.summary.addHeading('DocSpace rooms', 3).addTable([
    [
      { data: 'Operation', header: true },
      { data: 'Result', header: true },
      { data: 'Room', header: true }
    ],
    [config.operation, outcome.result, room ? `<a href="${escapeHtml(url)}">${escapeHtml(room.title)}</a> (${escapeHtml(String(room.id))})` : '']
  ])
  const text = redact(core.summary.stringify())
  await core.summary.emptyBuffer().addRaw(text).write()
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
