// Untyped like the rest of PouchDB (see renderer/src/db/sync/pouchdb-modules.d.ts): used as a plugin only.
declare module 'pouchdb-adapter-memory';
