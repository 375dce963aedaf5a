import * as core from '@actions/core'

const secrets = new Set<string>()

/** Masks a value in the runner's log and remembers it, so text the runner does not mask can be scrubbed too. */
export function registerSecret(value: string): void {
  if (!value || secrets.has(value)) return
  core.setSecret(value)
  secrets.add(value)
}

/** Replaces every registered secret in text that leaves the action: errors, outputs, the summary. */
export function redact(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('***')
  return out
}
