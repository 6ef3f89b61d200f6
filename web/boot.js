// Starts Jeugdvergelijker: checks WebGL2, loads the module, shows Dutch messages until the app
// draws (or instead of it, when it cannot). Loaded with `defer`; no inline script (CSP).
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');

  function showMessage(text, isError) {
    statusText.textContent = text;
    statusBox.hidden = false;
    statusBox.classList.toggle('error', Boolean(isError));
    document.body.dataset.state = isError ? 'error' : 'loading';
  }

  function fail(text) {
    showMessage(text, true);
    canvas.hidden = true;
  }

  function hasWebGL2() {
    try {
      return Boolean(document.createElement('canvas').getContext('webgl2'));
    } catch (e) {
      return false;
    }
  }

  if (!hasWebGL2()) {
    fail('Deze browser kan geen WebGL2 gebruiken, en Jeugdvergelijker tekent daarmee zijn ' +
         'grafieken. Gebruik een recente versie van Firefox, Chrome, Edge of Safari, of zet ' +
         'hardwareversnelling aan in de instellingen van uw browser.');
    return;
  }

  const problem = 'Er ging iets mis bij het starten van Jeugdvergelijker. Herlaad de pagina; ' +
                  'blijft het misgaan, probeer dan een andere browser.';
  window.addEventListener('error', function () { fail(problem); });
  window.addEventListener('unhandledrejection', function () { fail(problem); });

  const script = document.createElement('script');
  script.src = 'jeugdvergelijker.js';
  script.onerror = function () {
    fail('Het programma kon niet worden geladen. Controleer of alle bestanden van de site ' +
         'aanwezig zijn en herlaad de pagina.');
  };
  // Performance marks for the cold start's breakdown (scripts/bench): download, compile, data.
  script.onload = function () {
    performance.mark('jv-script-loaded');
    createJeugdvergelijker({
      onRuntimeInitialized: function () { performance.mark('jv-compiled'); },
      postRun: [function () { performance.mark('jv-data-loaded'); }],
      print: function (text) { console.log(text); },
      printErr: function (text) { console.error(text); },
      onAbort: function () { fail(problem); },
      onJvFatal: fail,
      onJvReady: function () {
        performance.mark('jv-ready');
        statusBox.hidden = true;
        document.body.dataset.state = 'ready';
        // The keyboard starts on the page, not the canvas: keys still reach the app, and Tab
        // reaches the text version (mirror.js) instead of being kept by the canvas.
      },
      // The text version of the view, whenever it changed (mirror.js).
      onJvMirror: function (json, api) {
        if (window.jvMirror) window.jvMirror.update(json, api);
      },
    }).then(function (module) {
      // The test hook: the app's state as JSON (frames drawn, widget rectangles, view state).
      window.jv = {
        state: function () { return JSON.parse(module.UTF8ToString(module._jv_test_state())); },
      };
    });
  };
  document.head.appendChild(script);
})();
