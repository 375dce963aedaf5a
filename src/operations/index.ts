import type { OperationName } from '../inputs.js'
import type { Operation } from './context.js'
import { archive, unarchive } from './archive.js'
import { create } from './create.js'
import { remove } from './delete.js'
import { get } from './get.js'
import { rename } from './rename.js'

export const operations: Record<OperationName, Operation> = {
  create,
  get,
  rename,
  archive,
  unarchive,
  delete: remove
}
