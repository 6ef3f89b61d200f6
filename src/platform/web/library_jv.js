// The JS half of the web shell (linked with --js-library): what C++ cannot reach through
// emscripten's html5.h. No eval, no network: the page's CSP forbids both.
mergeInto(LibraryManager.library, {
  jv_js_install_listeners__deps: ['malloc', 'free'],
  jv_js_install_listeners: function () {
    // Paste: the text arrives with the event. Ctrl+V's keydown was left to the browser so this
    // event fires; the shell then hands the text and the shortcut to ImGui together.
    document.addEventListener('paste', function (event) {
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      event.preventDefault();
      if (!text) return;
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      Module['_jv_paste'](ptr);
      _free(ptr);
    });
    // A change of device pixel ratio (browser zoom, another monitor) does not always fire a
    // resize event: listen for it, and again at the new ratio each time.
    function watchRatio() {
      var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      query.addEventListener('change', function () { Module['_jv_wake'](); watchRatio(); }, { once: true });
    }
    watchRatio();
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) Module['_jv_wake']();
    });
  },

  jv_js_clipboard_write: function (ptr) {
    var text = UTF8ToString(ptr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () {
        console.warn('Kopiëren naar het klembord is niet toegestaan door de browser.');
      });
    }
  },

  jv_js_ready: function () {
    if (Module['onJvReady']) Module['onJvReady']();
  },

  jv_js_fatal: function (ptr) {
    var message = UTF8ToString(ptr);
    if (Module['onJvFatal']) Module['onJvFatal'](message);
  },

  jv_js_is_apple: function () {
    return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
  },
});
