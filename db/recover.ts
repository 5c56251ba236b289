import { existsSync, renameSync } from 'node:fs';
import { openReplica, ReplicaError, type Replica } from './connection';

export interface OpenedReplica {
  replica: Replica;
  /** Set when the file was unreadable and has been moved aside for a new, empty one. */
  movedTo: string | null;
}

/**
 * Opens the replica; a corrupt one is moved aside (with its WAL) and replaced by an empty file,
 * which sync fills again from the server: the replica is only a copy. A file from a newer
 * Cuecard is not touched: ReplicaError 'newer-version' goes to the caller, whose message says
 * to update (moving it aside would lose nothing, but an older app would then fight a newer one).
 */
export function openOrRecoverReplica(file: string, now = new Date()): OpenedReplica {
  try {
    return { replica: openReplica(file), movedTo: null };
  } catch (error) {
    if (!(error instanceof ReplicaError) || error.code !== 'corrupt') throw error;
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const movedTo = `${file}.corrupt-${stamp}`;
    renameSync(file, movedTo);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
    }
    console.warn(`[cuecard] ${error.message} Moved to ${movedTo}; downloading it again.`);
    return { replica: openReplica(file), movedTo };
  }
}
