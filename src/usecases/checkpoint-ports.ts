import type { Checkpoint, CheckpointPart } from '../domain/journal-checkpoint.js';

/**
 * Where daily journal checkpoints live. A checkpoint is written in two steps: its parts (each under an id
 * unique to the run), then the checkpoint itself with create-if-absent, which is the commit: of two runs
 * for the same day, the one whose create succeeds wins and the other removes its parts.
 */
export interface CheckpointRepository {
  /** The checkpoint of a day (YYYY-MM-DD), if one was committed. */
  get(day: string): Promise<Checkpoint | undefined>;
  /** The checkpoint with the highest sequence number. */
  latest(): Promise<Checkpoint | undefined>;
  /** Every checkpoint, oldest first by sequence number (small documents, one a day). */
  list(): Promise<Checkpoint[]>;
  /** Commits a checkpoint; `exists` when that day already has one. */
  create(checkpoint: Checkpoint): Promise<'created' | 'exists'>;
  /** Stores a part. Part ids are unique per run, so a part is written once and never replaced. */
  putPart(part: CheckpointPart): Promise<void>;
  getPart(id: string): Promise<CheckpointPart | undefined>;
  deletePart(id: string): Promise<void>;
}
