// Counts the Firestore reads and writes one piece of work costs, so the figures `npm run bench`
// prints are counted by the code that spends them rather than estimated.
import type {
  DocumentData,
  DocumentReference,
  Query,
  SetOptions,
  Transaction,
  UpdateData,
} from 'firebase-admin/firestore';

export interface Ops {
  reads: number;
  writes: number;
}

export const noOps = (): Ops => ({ reads: 0, writes: 0 });

/** A transaction that counts what it reads (a query costs one read per document, at least one) and writes. */
export function metered(tx: Transaction, ops: Ops) {
  return {
    tx,
    ops,
    async get(ref: DocumentReference) {
      ops.reads += 1;
      return tx.get(ref);
    },
    /** Several documents in one round trip. */
    async getAll(...docRefs: DocumentReference[]) {
      ops.reads += docRefs.length;
      return tx.getAll(...docRefs);
    },
    async query(query: Query) {
      const snapshot = await tx.get(query);
      ops.reads += Math.max(1, snapshot.size);
      return snapshot;
    },
    set(ref: DocumentReference, data: DocumentData, options?: SetOptions) {
      ops.writes += 1;
      if (options) tx.set(ref, data, options);
      else tx.set(ref, data);
    },
    update(ref: DocumentReference, data: UpdateData<DocumentData>) {
      ops.writes += 1;
      tx.update(ref, data);
    },
    delete(ref: DocumentReference) {
      ops.writes += 1;
      tx.delete(ref);
    },
  };
}
export type MeteredTransaction = ReturnType<typeof metered>;

/** The counts a callable returns on the emulators only, for the benchmark to read. */
export function opsForBench(ops: Ops): { ops?: Ops } {
  return process.env.FUNCTIONS_EMULATOR === 'true' ? { ops } : {};
}
