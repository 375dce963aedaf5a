import * as core from '@actions/core'

/**
 * The shortest value treated as a secret. Replacing a value of a few characters would rewrite ordinary text: a key
 * "5" would turn "room 5" into "room ***" in every output and error. No credential DocSpace takes is that short: its
 * API keys are 67 characters, `sk-` and 64 hexadecimal digits (ApiKeyManager.cs:47-57), and inputs.ts refuses a
 * shorter api-key before any request is sent, so a shorter value never reaches a portal that could quote it back.
 */
export const MIN_SECRET_LENGTH = 16

const secrets = new Set<string>()

/** Masks a value in the runner's log and remembers it, so text the runner does not mask can be scrubbed too. */
export function registerSecret(value: string): void {
  if (value.length < MIN_SECRET_LENGTH || secrets.has(value)) return
  core.setSecret(value)
  secrets.add(value)
}

/** Replaces every registered secret in text that leaves the action: errors, outputs, the summary. */
export function redact(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('***')
  return out
}
