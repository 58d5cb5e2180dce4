// Reading a record by a key that came from outside (a request, a document): only the record's
// own entries count. `record[key]` alone finds what every object inherits — `constructor`,
// `toString`, `hasOwnProperty`… — so a member id of "constructor" would read as a member.

/** The record's own value for the key, or undefined (never an inherited property). */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string) {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
