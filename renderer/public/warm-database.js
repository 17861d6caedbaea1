// Starts opening the desk's database while the app's scripts still download and compile, so the browser
// has it open by the time the app asks (issue 14's cold start). A plain script, not part of the bundle:
// it must run before the bundle arrives. It never creates the database: on a first run (nothing to open)
// the creation is aborted, and the app creates it with its schema as before.
/* global indexedDB */
(function () {
  try {
    var request = indexedDB.open('practice-desk');
    request.onupgradeneeded = function () {
      request.transaction.abort();
    };
    request.onsuccess = function () {
      request.result.close();
    };
    request.onerror = function (event) {
      event.preventDefault();
    };
  } catch {
    // No IndexedDB here: the app reports that itself.
  }
})();
