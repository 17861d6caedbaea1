/* global indexedDB */
// Starts the browser's connection to the desk's database while the app's scripts load and run: the first
// IndexedDB open of a page waits ~50 ms on the browser (measured the same for an empty database), and
// started here that wait overlaps the app's module evaluation instead of following it. Dexie opens its
// own connection; this one only warms the way and steps aside.
// A classic script, not a module, so it runs as soon as it is read, before the app's modules are fetched.
(function () {
  'use strict';
  if (typeof indexedDB === 'undefined') return;
  try {
    // Kept equal to DATABASE_NAME (renderer/src/db/schema.ts) by tests/db/early-open.test.ts.
    var request = indexedDB.open('practice-desk');
    // No version asked: a desk with no database yet would get an empty one here. Aborting the upgrade
    // leaves none, so the app's first run and its lost-database check see what they always saw.
    request.onupgradeneeded = function () {
      request.transaction.abort();
    };
    request.onsuccess = function () {
      var db = request.result;
      // An upgrade, a restore or a deletion by the app must never wait on this connection.
      db.onversionchange = function () {
        db.close();
      };
      setTimeout(function () {
        db.close();
      }, 10000);
    };
    request.onerror = function (event) {
      event.preventDefault();
    };
  } catch {
    // Storage refused (private mode, policy): the app opens the database itself and says why.
  }
})();
