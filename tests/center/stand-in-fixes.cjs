// Loaded into npm's pouchdb-server (node --require) by center-server.ts, to mend two ways its
// pouchdb-validation differs from CouchDB on _bulk_docs, the request replication writes with:
// - it replaces the incoming document's _revisions with the stored document's before validating, so a
//   replicated update (new_edits=false carries its own _revisions) is answered as written and silently
//   dropped: desks never see each other's edits. The revisions sent are put back once the validator passed.
// - express-pouchdb routes _bulk_docs before it reads the database's _security, so validate_doc_update
//   gets an empty security object there and the center's membership check refuses every desk. The
//   database's own _security is read instead, as CouchDB passes it.
// - its userCtx carries no `db`, which CouchDB sets to the database written to: the validator names the
//   only site a claim may be written for by it. A copy per write gets it, since the session's object is
//   shared by concurrent requests.
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
      '  if (!options.secObj) {\n    options.secObj = {};\n  }',
      `  if (!options.secObj) {
    return Promise.resolve(typeof db.getSecurity === 'function' ? db.getSecurity() : {})
      .catch(function () { return {}; })
      .then(function (secObj) { options.secObj = secObj || {}; return completeValidationOptions(db, options); });
  }`,
    )
    .replace(
      '    options.userCtx = userCtx;\n',
      `    options.userCtx = userCtx && Object.assign({}, userCtx, {
      db: userCtx.db || String(db.name || '').split(/[\\\\/]/).pop(),
    });\n`,
    )
    .replace(
      '//passed all validation functions (no errors thrown) -> success',
      'if (sentRevisions) newDoc._revisions = sentRevisions; else delete newDoc._revisions;',
    );
  if (
    !mended.includes('sentRevisions;') ||
    !mended.includes('db.getSecurity()') ||
    !mended.includes('db.name')
  )
    throw new Error('pouchdb-validation changed: review stand-in-fixes.cjs');
  return compile.call(this, mended, filename);
};
