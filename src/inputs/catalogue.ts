// The catalogue of inputs: which operations exist and what each reads. action.yml, the sub-actions' action.yml files
// and the "ignored input" warnings are all checked against these tables.
import { SETTINGS_INPUTS } from './settings.js'

export const OPERATIONS = [
  'create',
  'get',
  'rename',
  'update',
  'archive',
  'unarchive',
  'delete',
  'list',
  'archive-stale',
  'share',
  'members',
  'upload',
  'download',
  'pull-request'
] as const
export type OperationName = (typeof OPERATIONS)[number]

/** Inputs every operation reads. */
export const COMMON_INPUTS = [
  'portal-url',
  'api-key',
  'operation',
  'concurrency',
  'timeout-seconds',
  'request-timeout-seconds',
  'max-retries'
] as const

/**
 * The inputs each operation reads besides the common ones: the one list of it. The README's "Inputs by
 * operation" table is checked against it, and an input given to an operation that does not read it is a warning.
 */
/** What a single-room operation reads to keep the pull request's comment about the room. */
const COMMENT_INPUTS = ['pull-request-comment', 'github-token'] as const

/** The inputs that say who gets into a room, read by create and share. */
const SHARING_INPUTS = [
  'members',
  'github-users',
  'pull-request-members',
  'pull-request-access',
  'notify',
  'invite-message',
  'external-link'
] as const

/** The documents a step puts into its room: read by upload, and by create after the room is made. */
const UPLOAD_INPUTS = ['path', 'folder', 'include-hidden-files', 'if-no-files-found'] as const

export const OPERATION_INPUTS = {
  create: [
    'title',
    'description',
    'room-type',
    'tags',
    'if-exists',
    ...SETTINGS_INPUTS,
    ...SHARING_INPUTS,
    ...UPLOAD_INPUTS,
    ...COMMENT_INPUTS
  ],
  get: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
  rename: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
  update: [
    'room-id',
    'title',
    'tags',
    'if-missing',
    ...SETTINGS_INPUTS,
    'add-tags',
    'remove-tags',
    'pinned',
    ...COMMENT_INPUTS
  ],
  archive: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
  unarchive: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
  delete: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
  list: ['search', 'tags', 'room-type', 'area'],
  'archive-stale': [
    'search',
    'tags',
    'room-type',
    'area',
    'stale-days',
    'dry-run',
    'max-rooms',
    'wait',
    'exclude-tags',
    'skip-open-pull-requests',
    'github-token'
  ],
  share: ['room-id', 'title', 'tags', 'if-missing', ...SHARING_INPUTS, ...COMMENT_INPUTS],
  members: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
  upload: ['room-id', 'title', 'tags', 'if-missing', ...UPLOAD_INPUTS, 'delete-missing', 'dry-run', ...COMMENT_INPUTS],
  download: ['room-id', 'title', 'tags', 'if-missing', 'path', 'folder', 'pattern', ...COMMENT_INPUTS],
  // create's inputs for an open pull request, archive's for a closed one: one workflow, both read silently.
  'pull-request': [
    'title',
    'description',
    'room-type',
    'tags',
    'if-exists',
    'label',
    'wait',
    ...SETTINGS_INPUTS,
    ...SHARING_INPUTS,
    ...UPLOAD_INPUTS,
    ...COMMENT_INPUTS
  ]
} as const satisfies Record<OperationName, readonly string[]>

export type InputName = (typeof COMMON_INPUTS)[number] | (typeof OPERATION_INPUTS)[OperationName][number]

/**
 * Optional inputs without a default in action.yml. The runner passes a declared default whether or not the
 * workflow gave the input, so only these can be told apart as given by the workflow.
 */
export const INPUTS_WITHOUT_DEFAULT = [
  'room-id',
  'label',
  'path',
  'folder',
  'pattern',
  'title',
  'description',
  'room-type',
  'tags',
  'search',
  'stale-days',
  ...SETTINGS_INPUTS,
  'add-tags',
  'remove-tags',
  'pinned',
  'exclude-tags',
  'members',
  'github-users',
  'pull-request-members',
  'invite-message'
] as const satisfies readonly InputName[]

export function readsInput(operation: OperationName, input: InputName): boolean {
  return (
    (COMMON_INPUTS as readonly string[]).includes(input) ||
    (OPERATION_INPUTS[operation] as readonly string[]).includes(input)
  )
}

/** Reads an input as `@actions/core` does: trimmed, '' when unset. */
export type InputReader = (name: string) => string

/** Inputs the workflow gave that the operation does not read. Only names: a value may be a secret. */
export function ignoredInputs(operation: OperationName, read: InputReader): InputName[] {
  return INPUTS_WITHOUT_DEFAULT.filter((input) => !readsInput(operation, input) && read(input).trim() !== '')
}

export function ignoredInputWarning(operation: OperationName, input: InputName): string {
  const readers = OPERATIONS.filter((op) => readsInput(op, input))
  const list = readers.length > 1 ? `${readers.slice(0, -1).join(', ')} and ${readers.at(-1)}` : readers.join('')
  return `Input "${input}" is ignored: operation "${operation}" does not read it (${list} do${readers.length > 1 ? '' : 'es'})`
}
