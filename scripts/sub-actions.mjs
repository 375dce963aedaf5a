// The sub-actions (`uses: owner/repo/upload@v1`): each a folder with an action.yml that lists only what its operation
// reads, with the root action.yml's descriptions and defaults, run by a two-line entry in dist/ that names the
// operation and loads the one bundle. `npm run build` writes the entries; `node scripts/sub-actions.mjs --yml` writes
// the action.yml files, and a test keeps both equal to what this script makes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parse, stringify } from 'yaml'

const root = resolve(import.meta.dirname, '..')

/** Each sub-action: its folder, the operation it runs, and what it says it does. */
export const SUB_ACTIONS = [
  {
    folder: 'pull-request',
    operation: 'pull-request',
    name: 'DocSpace Rooms: pull request',
    description:
      "Keep a pull request's DocSpace room: made while the pull request is open, with its people invited and a comment linking it; archived when it closes."
  },
  {
    folder: 'archive-stale',
    operation: 'archive-stale',
    name: 'DocSpace Rooms: archive stale rooms',
    description: 'Archive the DocSpace rooms nobody updated for a number of days.'
  },
  {
    folder: 'upload',
    operation: 'upload',
    name: 'DocSpace Rooms: upload',
    description: 'Upload workspace files into a DocSpace room as versions, sending only what changed.'
  },
  {
    folder: 'download',
    operation: 'download',
    name: 'DocSpace Rooms: download',
    description: "Download a DocSpace room's files into the workspace."
  }
]

/** The inputs an operation reads, in the order of the root action.yml: the catalogue's list, read from its source. */
export function inputsOf(operation) {
  const source = readFileSync(join(root, 'src/inputs/catalogue.ts'), 'utf8')
  const list = (name) => {
    const match = new RegExp(`(?:const|export const) ${name} = \\[([^\\]]*)\\]`).exec(source)
    return [...(match?.[1] ?? '').matchAll(/'([a-z-]+)'|\.\.\.([A-Z_]+)/g)].flatMap((m) => (m[1] ? [m[1]] : list(m[2])))
  }
  const settings = readFileSync(join(root, 'src/inputs/settings.ts'), 'utf8')
  const settingsInputs = [...(/SETTINGS_INPUTS = \[([^\]]*)\]/.exec(settings)?.[1] ?? '').matchAll(/'([a-z-]+)'/g)].map(
    (m) => m[1]
  )
  const block = new RegExp(`(?:^|\\n)  (?:'${operation}'|${operation}): \\[([\\s\\S]*?)\\]`).exec(
    source.slice(source.indexOf('export const OPERATION_INPUTS'))
  )
  const own = [...(block?.[1] ?? '').matchAll(/'([a-z-]+)'|\.\.\.([A-Z_]+)/g)].flatMap((m) =>
    m[1] ? [m[1]] : m[2] === 'SETTINGS_INPUTS' ? settingsInputs : list(m[2])
  )
  return new Set([...list('COMMON_INPUTS'), ...own].filter((name) => name !== 'operation'))
}

export function subActionYaml(sub) {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
  const reads = inputsOf(sub.operation)
  const inputs = Object.fromEntries(Object.entries(action.inputs).filter(([name]) => reads.has(name)))
  const yaml = {
    name: sub.name,
    description: sub.description,
    author: action.author,
    branding: action.branding,
    inputs,
    outputs: action.outputs,
    runs: { using: action.runs.using, main: `../dist/${sub.folder}.js` }
  }
  return `# Made by scripts/sub-actions.mjs from the root action.yml; edit that, then run it with --yml.\n${stringify(yaml, { lineWidth: 118 })}`
}

export function entry(sub) {
  return `// The ${sub.folder} sub-action: the one bundle, told its operation (made by scripts/sub-actions.mjs).\nprocess.env['INPUT_OPERATION'] = '${sub.operation}'\nawait import('./index.js')\n`
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const sub of SUB_ACTIONS) {
    if (process.argv.includes('--yml')) {
      const path = join(root, sub.folder, 'action.yml')
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, subActionYaml(sub))
    }
    writeFileSync(join(root, 'dist', `${sub.folder}.js`), entry(sub))
  }
}
