// Lifecycle of archive/unarchive/delete file operations and the
// list-then-dequeue semantics of GET /files/fileops (FileOperationsManager).
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   FOM  products/ASC.Files/Core/Services/WCFService/FileOperations/FileOperationsManager.cs
//   FMCO products/ASC.Files/Core/Services/WCFService/FileOperations/FileMoveCopyOperation.cs
//   FO   products/ASC.Files/Core/Services/WCFService/FileOperations/FileOperation.cs
//   DTQ  common/ASC.Common/Threading/DistributedTaskQueue.cs
//   FOD  products/ASC.Files/Core/ApiModels/ResponseDto/FileOperationDto.cs
import { randomUUID } from 'node:crypto'
import { FILE_OPERATION_DTO } from './dto.js'
import { tag } from './fields.js'
import type { EmulatedOperation, EmulatorState, OperationFault, OperationKind } from './state.js'
import { runDeleteEntries } from './trash.js'

const NOT_FOUND = 'The required folder was not found'

/** Renders the `folders` entries of a move result: the room as FolderDto, undefined if it no longer exists. */
export type RenderRoom = (roomId: number) => Record<string, unknown> | undefined

/** The operation managers (queues) the emulator has: FileMoveCopyOperation and FileDeleteOperation. */
export type OperationManager = 'move' | 'delete'

const managerOf = (kind: OperationKind): OperationManager =>
  kind === 'delete' || kind === 'delete-entries' ? 'delete' : 'move'

export interface StartOperation {
  userId: string
  kind: OperationKind
  roomId: number
  roomTitle: string
  deleteAfter: boolean
  fault?: { kind: OperationFault; message?: string }
  /** 'delete-entries': what to delete */
  entries?: { fileIds: number[]; folderIds: number[]; immediately: boolean }
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
    // holdResult = !deleteAfter (VirtualRoomsController.cs:423, 447, 472)
    hold: !init.deleteAfter,
    finished: false,
    error: '',
    processedRoom: false,
    ...(init.entries ? { entries: init.entries, processedCount: 0 } : {})
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
  if (!state.operations.has(op.id)) return // reset() or the cleaner ran meanwhile
  // Errors inside the job are caught and reported as the op's error text; the
  // task itself still completes (FO:310-359, DTQ:263-286), so status is 2 either way.
  if (op.fault === 'op-error') op.error = op.faultMessage ?? 'Operation failed'
  else op.error = applyOperation(state, op)
  op.finished = true
  op.finishedAt = Date.now()
  // A finished op without Hold is dequeued, unlisted, by the first listing
  // (FOM:75-96); dropping it now is observably the same and keeps the map small.
  if (!op.hold || op.fault === 'op-vanish') state.operations.delete(op.id)
}

/** Returns the error text ('' on success). */
function applyOperation(state: EmulatorState, op: EmulatedOperation): string {
  if (op.kind === 'delete-entries') return runDeleteEntries(state, op)
  const room = state.rooms.get(op.roomId)
  // The room can disappear between start and finish (e.g. a parallel delete).
  if (!room) return NOT_FOUND
  switch (op.kind) {
    case 'delete':
      state.rooms.delete(room.id)
      state.unpinAll(room.id)
      // Deleting a folder deletes its share records, links included (FolderDao.cs:926).
      state.shares.delete(room.id)
      state.links.delete(room.id)
      op.processedRoom = true
      break
    // A room already in the target folder is skipped without error and without
    // a result entry (FMCO:251, 630-634), so `updated` only moves with the room.
    case 'archive':
      if (!room.archived) {
        room.archived = true
        state.touch(room, op.userId)
        // Archiving drops every user's pin (FMCO:589-597) and the room's lifetime setting (FMCO:599-602).
        state.unpinAll(room.id)
        room.lifetime = undefined
        op.processedRoom = true
      }
      break
    case 'unarchive':
      if (room.archived) {
        // The room count is re-checked inside the job (FMCO:521-525); the
        // TenantQuotaException becomes the op's error (FMCO:640-645), not a 402.
        if (Number.isFinite(state.maxRooms) && countActive(state) + 1 > state.maxRooms) {
          return `The number of rooms should not exceed ${state.maxRooms}`
        }
        room.archived = false
        state.touch(room, op.userId)
        op.processedRoom = true
      }
      break
  }
  return ''
}

function countActive(state: EmulatorState): number {
  let n = 0
  for (const r of state.rooms.values()) if (!r.archived) n++
  return n
}

/** FileOperationDtoHelper.GetAsync (FOD:111-200). */
export function operationDto(
  op: EmulatedOperation,
  stage: 'initial' | 'listed',
  render: RenderRoom
): Record<string, unknown> {
  const finished = op.finished
  let progress = 100
  if (!finished) {
    const elapsed = Date.now() - op.startedAt
    const ceiling = op.fault === 'op-never-finishes' ? 50 : 99
    progress = op.durationMs > 0 ? Math.min(ceiling, Math.floor((elapsed * 100) / op.durationMs)) : 0
  }
  const dto: Record<string, unknown> = {
    id: op.id,
    // FileOperationType 0 Move, 2 Delete, sent as "Operation" (FOD:51-52)
    Operation: managerOf(op.kind) === 'delete' ? 2 : 0,
    progress,
    // "" until the job sets one (FO:85)
    error: op.error,
    // Process counts processed entries (FO:415-425)
    processed: String(op.processedCount ?? (op.processedRoom ? 1 : 0)),
    finished,
    // DistributedTaskStatus: 0 Created right after Publish (PublishTask, DTQ:137-153),
    // 1 Running once a worker took it (DTQ:84), 2 Completed (DTQ:263-286)
    status: finished ? 2 : stage === 'initial' ? 0 : 1
  }
  // `folders` only once the result names the room ("folder_<id>:"), and never
  // for Delete (FOD:124-161); `files` only for file entries, so never here.
  if (managerOf(op.kind) !== 'delete' && op.processedRoom) {
    const room = render(op.roomId)
    dto['folders'] = room ? [room] : []
  }
  return tag(dto, FILE_OPERATION_DTO)
}

/** Last update of an op (LastModifiedOn): a running job publishes progress continuously; a hung one does not. */
function lastModified(op: EmulatedOperation, now: number): number {
  if (op.finished) return op.finishedAt ?? op.startedAt
  return op.fault === 'op-never-finishes' ? op.startedAt : now
}

/** The queue cleaner: every operationSweepMs it dequeues ops whose last update is older than
 * operationTtlMs (DTQ:224-256), so unpolled ops disappear 60-70 s after their last update. */
function sweepExpired(state: EmulatorState, now: number): void {
  const period = state.operationSweepMs
  for (const op of state.operations.values()) {
    const due = lastModified(op, now) + state.operationTtlMs
    const tick =
      period > 0
        ? state.sweepOrigin + (Math.floor((due - state.sweepOrigin) / period) + 1) * period
        : due + Number.EPSILON
    if (now >= tick) {
      if (op.timer) clearTimeout(op.timer)
      state.operations.delete(op.id)
    }
  }
}

/**
 * FileOperationsManagerHolder.GetOperationResults (FOM:61-100) over the given
 * managers, in the order OperationController.GetOperationStatuses walks them
 * (duplicate, move/copy, delete, …; OperationController.cs:169): only the
 * caller's ops, in queue order (DTQ:91-120); a finished op (status > Running)
 * is dequeued, and listed only when held (deleteAfter: false).
 */
export function listOperations(
  state: EmulatorState,
  userId: string,
  render: RenderRoom,
  id?: string,
  managers: readonly OperationManager[] = ['move', 'delete'],
  published?: EmulatedOperation
): Record<string, unknown>[] {
  sweepExpired(state, Date.now())
  const out: Record<string, unknown>[] = []
  for (const manager of managers) {
    for (const op of state.operations.values()) {
      if (managerOf(op.kind) !== manager) continue
      if (op.userId !== userId || (id !== undefined && op.id !== id)) continue
      const stage = op === published ? 'initial' : 'listed'
      if (op.finished) {
        state.operations.delete(op.id)
        if (op.hold) out.push(operationDto(op, stage, render))
      } else {
        out.push(operationDto(op, stage, render))
      }
    }
  }
  return out
}

/**
 * The DTO the request that started an operation answers with. The controllers
 * read it back through the same dequeuing listing: archive/unarchive filter by
 * the new op's id (VirtualRoomsController.cs:448, 473); DELETE lists all the
 * caller's delete ops and takes the first (VirtualRoomsController.cs:425), which
 * may be an older one — and dequeues any finished ones on the way. An empty
 * list (the op already finished with deleteAfter: true) reaches
 * FileOperationDtoHelper.GetAsync(null) and fails with a NullReferenceException
 * (FOD:111-115): undefined here, a 500 for the caller.
 */
export function initialOperationDto(
  state: EmulatorState,
  op: EmulatedOperation,
  render: RenderRoom
): Record<string, unknown> | undefined {
  const list =
    op.kind === 'delete'
      ? listOperations(state, op.userId, render, undefined, ['delete'], op)
      : listOperations(state, op.userId, render, op.id, ['move'], op)
  return list[0]
}
