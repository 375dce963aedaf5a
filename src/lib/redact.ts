import * as core from '@actions/core'

/**
 * The shortest value treated as a secret. Replacing a value of a few characters would rewrite ordinary text: a key
 * "5" would turn "room 5" into "room ***" in every output and error. No credential DocSpace takes is that short: its
 * API keys are 67 characters, `sk-` and 64 hexadecimal digits (ApiKeyManager.cs:47-57), and inputs.ts refuses a
 * shorter api-key before any request is sent, so a shorter value never reaches a portal that could quote it back.
 */
export const MIN_SECRET_LENGTH = 16

/** Every form of every secret, the longest first. */
let forms: string[] = []
const registered = new Set<string>()

/**
 * The forms a secret reaches text in: as given, and as a portal or the action itself quotes it inside a JSON string
 * (the `room` output is JSON, and a portal's JSON echoes a header so), in a URL and in HTML. A key with `"` or `\`
 * in it is written `\"` and `\\` in JSON, where the form as given is not found.
 */
function formsOf(value: string): string[] {
  const html = value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value), html]
}

/** Masks a value in the runner's log and remembers it, so text the runner does not mask can be scrubbed too. */
export function registerSecret(value: string): void {
  if (value.length < MIN_SECRET_LENGTH || registered.has(value)) return
  core.setSecret(value)
  registered.add(value)
  forms = [...new Set([...forms, ...formsOf(value)])].sort((a, b) => b.length - a.length)
}

/** Replaces every registered secret in text that leaves the action: errors, outputs, the summary. */
export function redact(text: string): string {
  let out = text
  for (const form of forms) if (out.includes(form)) out = out.split(form).join('***')
  return out
}

/**
 * At most `max` UTF-16 units of text, its secrets hidden first: a secret cut in two would no longer be found, and its
 * first part would be shown. A pair of surrogates is never split; a cut is marked with `…`, within `max`. Every place
 * that shortens outside text does it with this.
 */
export function clipSafely(text: string, max: number): string {
  const whole = redact(text)
  if (whole.length <= max) return whole
  const end = Math.max(0, /[\uD800-\uDBFF]/.test(whole.charAt(max - 2)) ? max - 2 : max - 1)
  return `${whole.slice(0, end)}…`
}
