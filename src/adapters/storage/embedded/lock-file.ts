import { open, readFile, realpath, unlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { inDir, LOCK_FILE } from './fs-sync.js';

/**
 * Directories this process holds. Module state on purpose: a lock file naming our own pid can be ours
 * (a second open in this process, refused) or left by an earlier process that had the same pid (common
 * for pid 1 in containers, taken over); only this set tells the two apart.
 */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Takes the store directory's lock file, holding this process's pid, so that two processes never append
 * to one log. A lock left by a dead process is taken over. Two processes taking over the same stale lock
 * at the same instant could both succeed; that needs a crash and two simultaneous restarts, and the
 * read-back check below narrows it further.
 * @returns a function that releases the lock.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const key = await realpath(dir);
  const path = inDir(dir, LOCK_FILE);
  if (heldHere.has(key)) throw inUse(dir, process.pid);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.sync();
      await handle.close();
      if ((await readOwner(path)) !== process.pid) continue;
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // An empty file may be another opener between creating it and writing its pid: look again.
      const owner = (await readOwner(path)) ?? (await sleep(50).then(() => readOwner(path)));
      if (owner !== undefined && owner !== process.pid && isAlive(owner)) throw inUse(dir, owner);
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`Embedded store: could not take the lock file ${path}; another process keeps creating it.`);
}

function inUse(dir: string, pid: number): Error {
  return new Error(
    `Embedded store: ${dir} is in use by process ${pid}. Only one process may open a store directory: ` +
      'stop the other process or use another DATA_DIR (delete the LOCK file only if that process is gone).',
  );
}
