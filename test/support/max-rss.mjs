// Preloaded into the action's process by tests and scripts/limits.ts (NODE_OPTIONS=--import=<this file>): writes the
// process's peak resident set size, in kilobytes, to the file MAX_RSS_FILE names when the process exits.
import { writeFileSync } from 'node:fs'
import process from 'node:process'

process.on('exit', () => {
  if (process.env.MAX_RSS_FILE) writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS))
})
