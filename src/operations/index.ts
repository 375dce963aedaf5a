import type { OperationName } from '../inputs.js'
import type { Operation } from './context.js'
import { archive, unarchive } from './archive.js'
import { archiveStale } from './archive-stale.js'
import { create } from './create.js'
import { remove } from './delete.js'
import { get } from './get.js'
import { list } from './list.js'
import { members } from './members.js'
import { rename } from './rename.js'
import { share } from './share.js'

export const operations: Record<OperationName, Operation> = {
  create,
  get,
  rename,
  archive,
  unarchive,
  delete: remove,
  list,
  'archive-stale': archiveStale,
  share,
  members
}
