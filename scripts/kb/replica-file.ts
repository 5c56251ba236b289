import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openReplica, ReplicaError, type Replica } from '../../db/connection';
import { CliError } from './errors';

/** `file` must be an existing regular file; `what` names it in the error ("articles file"). */
export function requireFile(file: string, what: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliError(`${what} ${file} does not exist`);
  }
  if (!isFile) throw new CliError(`${what} ${file} is not a file`);
}

/** Opens the replica at `file`, creating it (and its schema) when it does not exist yet. */
export function openOrCreateReplica(file: string): Replica {
  const dir = dirname(resolve(file));
  if (!existsSync(dir))
    throw new CliError(`cannot create the replica ${file}: folder ${dir} does not exist`);
  return open(file);
}

/** Opens an existing replica; searching a path that does not exist must not leave an empty one behind. */
export function openExistingReplica(file: string): Replica {
  if (!existsSync(file)) {
    throw new CliError(
      `no replica at ${file} (create one with: kb import --db ${file} ARTICLES.jsonl)`,
    );
  }
  requireFile(file, 'replica');
  return open(file);
}

function open(file: string): Replica {
  try {
    return openReplica(file);
  } catch (error) {
    if (error instanceof ReplicaError) throw new CliError(error.message);
    if (
      error instanceof Error &&
      'code' in error &&
      typeof error.code === 'string' &&
      error.code.startsWith('SQLITE_')
    ) {
      throw new CliError(`cannot open the replica ${file}: ${error.message}`);
    }
    throw error;
  }
}
