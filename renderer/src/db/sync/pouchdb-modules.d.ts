// PouchDB's packages ship no types, and the DefinitelyTyped ones declare a global `Buffer` that breaks
// node's in the tests' type check: the few calls the desk uses are typed in pouch-types.ts instead.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-idb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
