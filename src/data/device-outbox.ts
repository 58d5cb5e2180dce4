// The outbox on this device: submissions waiting to be sent, kept in IndexedDB (through idb, a
// small wrapper) so they survive a closed tab, a reload or a night without network. Tabs of the
// same browser tell one another of a change on a BroadcastChannel.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry, SubmissionOutbox } from './backend';

interface OutboxSchema extends DBSchema {
  submissions: { key: string; value: OutboxEntry; indexes: { uid: string } };
}

const DATABASE = 'tfg-outbox';
const CHANNEL = 'tfg-outbox';

export function createDeviceOutbox(): SubmissionOutbox {
  let database: Promise<IDBPDatabase<OutboxSchema>> | null = null;
  const open = () => {
    database ??= openDB<OutboxSchema>(DATABASE, 1, {
      upgrade(db) {
        db.createObjectStore('submissions', { keyPath: 'id' }).createIndex('uid', 'uid');
      },
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const changed = () => channel?.postMessage('changed');

  return {
    async list(uid) {
      const entries = await (await open()).getAllFromIndex('submissions', 'uid', uid);
      return entries.sort((a, b) => a.createdAt - b.createdAt);
    },
    async put(entry) {
      await (await open()).put('submissions', entry);
      changed();
    },
    async remove(id) {
      await (await open()).delete('submissions', id);
      changed();
    },
    onChange(listener) {
      if (!channel) return () => {};
      const onMessage = () => listener();
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
