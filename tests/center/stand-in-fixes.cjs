// Loaded into npm's pouchdb-server (node --require) by center-server.ts, to mend one way the stand-in
// differs from CouchDB. pouchdb-validation replaces the incoming document's _revisions with the stored
// document's before running validate_doc_update, so a replicated update (new_edits=false, which carries
// its own _revisions) is answered as written and silently dropped: desks never see each other's edits.
// CouchDB stores it. The revisions the desk sent are put back once the validator has passed.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload runs as CommonJS
const Module = require('node:module');

const VALIDATION = /[\\/]pouchdb-validation[\\/]lib[\\/]index\.js$/;
const compile = Module.prototype._compile;

Module.prototype._compile = function (content, filename) {
  if (!VALIDATION.test(filename)) return compile.call(this, content, filename);
  const mended = content
    .replace(
      'newDoc._revisions = (oldDoc || {})._revisions;',
      'var sentRevisions = newDoc._revisions; newDoc._revisions = (oldDoc || {})._revisions;',
    )
    .replace(
      '//passed all validation functions (no errors thrown) -> success',
      'if (sentRevisions) newDoc._revisions = sentRevisions; else delete newDoc._revisions;',
    );
  if (mended === content || !mended.includes('sentRevisions;'))
    throw new Error('pouchdb-validation changed: review stand-in-fixes.cjs');
  return compile.call(this, mended, filename);
};
