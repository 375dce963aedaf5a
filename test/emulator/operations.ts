// Lifecycle of archive/unarchive/delete file operations and the
// list-then-dequeue semantics of GET /files/fileops (FileOperationsManager).
import { randomUUID } from 'node:crypto'
import type { EmulatedOperation, EmulatorState, OperationFault, OperationKind } from './state.js'

const NOT_FOUND = 'The required folder was not found'

export interface StartOperation {
  userId: string
  kind: OperationKind
  roomId: number
  roomTitle: string
  deleteAfter: boolean
  fault?: { kind: OperationFault; message?: string }
}

export function startOperation(state: EmulatorState, init: StartOperation): EmulatedOperation {
  const op: EmulatedOperation = {
    id: randomUUID(),
    userId: init.userId,
    kind: init.kind,
    roomId: init.roomId,
    roomTitle: init.roomTitle,
    startedAt: Date.now(),
    durationMs: Math.max(0, state.operationDelayMs),
    hold: !init.deleteAfter,
    finished: false,
    error: ''
  }
  if (init.fault) {
    op.fault = init.fault.kind
    if (init.fault.message !== undefined) op.faultMessage = init.fault.message
  }
  state.operations.set(op.id, op)
  if (op.fault === 'op-never-finishes') return op
  if (op.durationMs === 0) finishOperation(state, op)
  else {
    op.timer = setTimeout(() => finishOperation(state, op), op.durationMs)
    op.timer.unref()
  }
  return op
}

function finishOperation(state: EmulatorState, op: EmulatedOperation): void {
  op.timer = undefined
  if (!state.operations.has(op.id)) return // reset() ran meanwhile
  if (op.fault === 'op-error') op.error = op.faultMessage ?? 'Operation failed'
  else op.error = applyOperation(state, op)
  op.finished = true
  // An op nobody will be shown is dropped now rather than on the next poll; the
  // observable result is the same and the map stays small under load.
  if (!op.hold || op.fault === 'op-vanish') state.operations.delete(op.id)
}

/** Returns the error text ('' on success). */
function applyOperation(state: EmulatorState, op: EmulatedOperation): string {
  const room = state.rooms.get(op.roomId)
  // The room can disappear between start and finish (e.g. a parallel delete).
  if (!room) return NOT_FOUND
  switch (op.kind) {
    case 'delete':
      state.rooms.delete(room.id)
      break
    // Moving a room into the folder it already sits in is a Skip-conflict move
    // in DocSpace: the operation completes without error and changes nothing,
    // so `updated` is only bumped when the room really moves.
    case 'archive':
      if (!room.archived) {
        room.archived = true
        state.touch(room, op.userId)
      }
      break
    case 'unarchive':
      if (room.archived) {
        room.archived = false
        state.touch(room, op.userId)
      }
      break
  }
  return ''
}

export function operationDto(op: EmulatedOperation, stage: 'initial' | 'listed'): Record<string, unknown> {
  const finished = op.finished
  let progress = 100
  if (!finished) {
    const elapsed = Date.now() - op.startedAt
    const ceiling = op.fault === 'op-never-finishes' ? 50 : 99
    progress = op.durationMs > 0 ? Math.min(ceiling, Math.floor((elapsed * 100) / op.durationMs)) : 0
  }
  const dto: Record<string, unknown> = {
    id: op.id,
    Operation: op.kind === 'delete' ? 2 : 0,
    progress,
    error: op.error,
    processed: finished && !op.error ? '1' : '0',
    finished,
    status: finished ? (op.error ? 4 : 2) : stage === 'initial' ? 0 : 1
  }
  // FileOperationDtoHelper returns early for Delete, so only moves carry entries.
  if (op.kind !== 'delete') {
    dto['files'] = []
    dto['folders'] = [{ id: op.roomId, title: op.roomTitle }]
  }
  return dto
}

/** The DTO answered by the request that started the operation. Like the real
 * server it is read through the same dequeue path, so an op that already
 * finished (operationDelayMs 0) is reported here and never listed again. */
export function initialOperationDto(state: EmulatorState, op: EmulatedOperation): Record<string, unknown> {
  const dto = operationDto(op, 'initial')
  if (op.finished) state.operations.delete(op.id)
  return dto
}

export function listOperations(state: EmulatorState, userId: string, id?: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const op of state.operations.values()) {
    if (op.userId !== userId || (id !== undefined && op.id !== id)) continue
    if (op.finished) {
      state.operations.delete(op.id)
      if (op.hold) out.push(operationDto(op, 'listed'))
    } else {
      out.push(operationDto(op, 'listed'))
    }
  }
  return out
}
