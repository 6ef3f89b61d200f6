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
    // Copy and cut from a text field: the selection goes into the event's clipboardData, which the
    // browser allows without any clipboard permission (Ctrl+C was left to the browser for this).
    function onCopy(event) {
      var ptr = Module['_jv_copy_selection']();
      if (!ptr || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', UTF8ToString(ptr));
      event.preventDefault();
    }
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    // A change of device pixel ratio (browser zoom, another monitor) does not always fire a
    // resize event: listen for it, and again at the new ratio each time.
    function watchRatio() {
      var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      query.addEventListener('change', function () { Module['_jv_wake'](); watchRatio(); }, { once: true });
    }
    watchRatio();
    // Leaving full screen by the browser's own means (Escape, F11) ends a presentation.
    document.addEventListener('fullscreenchange', function () {
      Module['_jv_fullscreen_changed'](document.fullscreenElement ? 1 : 0);
    });
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) Module['_jv_wake']();
    });
    // prefers-reduced-motion: the app leaves out what moves or changes by itself (app.h, Platform).
    var motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    Module['_jv_reduced_motion'](motion.matches ? 1 : 0);
    motion.addEventListener('change', function () { Module['_jv_reduced_motion'](motion.matches ? 1 : 0); });
  },

  // Own files: the browser reads them and hands the bytes straight to wasm memory. Nothing is
  // sent anywhere (the page's CSP forbids every connection anyway).
  jv_js_open_file_picker__deps: ['$jvReadFile'],
  jv_js_open_file_picker: function () {
    var input = document.getElementById('jv-file-input');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'jv-file-input';
      input.accept = '.csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      input.hidden = true;
      input.addEventListener('change', function () {
        if (input.files && input.files[0]) jvReadFile(input.files[0]);
        input.value = '';
      });
      document.body.appendChild(input);
    }
    input.click();
  },

  // The file goes over in slices (4 MiB), one per animation frame, so the page keeps drawing its
  // progress bar and its "Annuleren" between them and a file of any size never sits in memory
  // whole. The app answers each slice: go on, or stop (refused, cancelled). A newer file ends the
  // reading of an older one.
  $jvReadFile__deps: ['malloc', 'free', '$jvWithString'],
  $jvReadFile: function (file) {
    var chunkBytes = 4 * 1024 * 1024;
    var name = file.name || 'bestand';
    var generation = (Module['jvReadGeneration'] = (Module['jvReadGeneration'] || 0) + 1);
    function current() { return generation === Module['jvReadGeneration']; }
    function failed() {
      if (current()) jvWithString(name, function (n) { Module['_jv_file_failed'](n); });
    }
    // The file's own stream: the browser hands over pieces as it reads them, with no request per
    // slice (the benchmark measured a third less time than Blob.slice per 4 MiB). Pieces are
    // gathered into one 4 MiB buffer in the app's memory and handed over when it is full.
    var reader = file.stream().getReader();
    var ptr = 0;
    var filled = 0;
    var piece = null;  // what is left of the last piece the stream gave
    function stop() {
      reader.cancel().catch(function () {});
      if (ptr) _free(ptr);
      ptr = 0;
    }
    // Fills the buffer from the stream; resolves with true at the end of the file.
    function fill() {
      while (piece && filled < chunkBytes) {
        var take = Math.min(chunkBytes - filled, piece.length);
        HEAPU8.set(piece.subarray(0, take), ptr + filled);
        filled += take;
        piece = take < piece.length ? piece.subarray(take) : null;
      }
      if (filled === chunkBytes) return Promise.resolve(false);
      return reader.read().then(function (r) {
        if (r.done) return true;
        piece = r.value;
        return fill();
      });
    }
    function next() {
      if (!current()) return stop();
      fill().then(function (done) {
        if (!current()) return stop();
        if (filled > 0) {
          var more = Module['_jv_file_chunk'](ptr, filled);
          filled = 0;
          if (!more) return stop();
        }
        if (done) {
          stop();
          Module['_jv_file_end']();
          return;
        }
        // One buffer per frame: the page keeps drawing its progress bar and "Annuleren". A hidden
        // page gets no animation frames; it reads on all the same.
        if (document.hidden) setTimeout(next, 0);
        else requestAnimationFrame(next);
      }, function () {
        stop();
        failed();
      });
    }
    if (jvWithString(name, function (n) { return Module['_jv_file_begin'](n, file.size); })) {
      ptr = _malloc(chunkBytes);
      next();
    } else {
      stop();
    }

  },

  jv_js_install_drop__deps: ['$jvReadFile'],
  jv_js_install_drop: function () {
    // Files dropped anywhere on the page are read like a chosen file; the browser must not open them.
    window.addEventListener('dragover', function (event) { event.preventDefault(); });
    window.addEventListener('drop', function (event) {
      event.preventDefault();
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length > 0) jvReadFile(files[0]);
    });
  },

  jv_js_download: function (namePtr, mimePtr, dataPtr, size) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + size);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(namePtr);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  },

  // Local storage, this origin only, and only when the user ticked "onthoud op dit apparaat".
  jv_js_storage_set: function (keyPtr, dataPtr, size) {
    try {
      localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(dataPtr, size));
    } catch (e) {
      console.warn('Opslaan op dit apparaat lukte niet: ' + e);
    }
  },

  jv_js_storage_get__deps: ['malloc'],
  jv_js_storage_get: function (keyPtr) {
    var value = null;
    try { value = localStorage.getItem(UTF8ToString(keyPtr)); } catch (e) { value = null; }
    if (!value) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },

  jv_js_storage_remove: function (keyPtr) {
    try { localStorage.removeItem(UTF8ToString(keyPtr)); } catch (e) { /* nothing stored */ }
  },

  // The view as the address's fragment: read once at start, rewritten in place as the view
  // changes (history.replaceState makes no request), and followed when the user edits it.
  jv_js_location_hash__deps: ['malloc'],
  jv_js_location_hash: function () {
    var hash = decodeURIComponent((location.hash || '').replace(/^#/, ''));
    window.addEventListener('hashchange', function () {
      var h = decodeURIComponent((location.hash || '').replace(/^#/, ''));
      var size = lengthBytesUTF8(h) + 1;
      var ptr = _malloc(size);
      stringToUTF8(h, ptr, size);
      Module['_jv_hash_changed'](ptr);
      _free(ptr);
    });
    if (!hash) return 0;
    var size = lengthBytesUTF8(hash) + 1;
    var ptr = _malloc(size);
    stringToUTF8(hash, ptr, size);
    return ptr;
  },

  jv_js_page_address__deps: ['malloc'],
  jv_js_page_address: function () {
    var address = location.origin + location.pathname;
    var size = lengthBytesUTF8(address) + 1;
    var ptr = _malloc(size);
    stringToUTF8(address, ptr, size);
    return ptr;
  },

  jv_js_replace_hash: function (ptr) {
    try { history.replaceState(null, '', '#' + UTF8ToString(ptr)); } catch (e) { /* file: URLs */ }
  },

  jv_js_set_lang: function (ptr) {
    document.documentElement.lang = UTF8ToString(ptr);
  },

  // "Deel deze weergave": the outcome goes back to the app, which says "gekopieerd" only on success
  // and otherwise shows the link, selected, to copy by hand.
  jv_js_copy_text: function (ptr) {
    var text = UTF8ToString(ptr);
    function done(ok) { Module['_jv_copy_done'](ok ? 1 : 0); }
    try {
      if (!navigator.clipboard || !navigator.clipboard.writeText) { done(false); return; }
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } catch (e) {
      done(false);
    }
  },

  jv_js_clipboard_write: function (ptr) {
    var text = UTF8ToString(ptr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () {
        console.warn('Kopiëren naar het klembord is niet toegestaan door de browser.');
      });
    }
  },

  // The text version of the view (web/mirror.js), with the two ways back into the app: a choice
  // as a view-link fragment, and the gemeente search.
  $jvWithString__deps: ['malloc', 'free'],
  $jvWithString: function (text, f) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    try { return f(ptr); } finally { _free(ptr); }
  },

  jv_js_mirror__deps: ['$jvWithString'],
  jv_js_mirror: function (ptr) {
    if (!Module['onJvMirror']) return;
    Module['onJvMirror'](UTF8ToString(ptr), {
      apply: function (fragment) {
        jvWithString(fragment, function (p) { Module['_jv_mirror_apply'](p); });
      },
      search: function (query) {
        return JSON.parse(jvWithString(query, function (p) { return UTF8ToString(Module['_jv_mirror_search'](p)); }));
      },
    });
  },

  // The phone keyboard's input (platform/web/text_proxy.h): a real <input>, or a <textarea> for
  // several lines, over the canvas's text field being edited and focused, so a phone raises its
  // keyboard. It is see-through and lets taps through to the canvas, where the field places its
  // caret; what is typed goes to the app whole (value and selection), which types it into the field.
  // Hidden while not in use: no Tab stop, nothing for a screen reader (the text version is theirs).
  $jvProxyElement__deps: ['$jvWithString'],
  $jvProxyElement: function (multiline) {
    var proxies = Module['jvProxies'] || (Module['jvProxies'] = {});
    var tag = multiline ? 'textarea' : 'input';
    if (proxies[tag]) return proxies[tag];
    var el = document.createElement(tag);
    el.className = 'jv-text-proxy';
    el.hidden = true;
    el.tabIndex = -1;
    el.setAttribute('autocomplete', 'off');
    function report() {
      if (el.hidden || document.activeElement !== el) return;
      jvWithString(el.value, function (p) { Module['_jv_text_proxy_input'](p, el.selectionStart, el.selectionEnd); });
    }
    el.addEventListener('input', report);
    el.addEventListener('select', report);
    el.addEventListener('selectionchange', report);
    document.addEventListener('selectionchange', report);
    el.addEventListener('focus', function () { Module['_jv_text_proxy_focus'](1); });
    el.addEventListener('blur', function () {
      el.hidden = true;
      Module['_jv_text_proxy_focus'](0);
    });
    document.body.appendChild(el);
    proxies[tag] = el;
    return el;
  },

  jv_js_text_proxy__deps: ['$jvProxyElement'],
  jv_js_text_proxy: function (ptr) {
    var c = JSON.parse(UTF8ToString(ptr));
    var active = document.activeElement;
    var current = active && active.classList && active.classList.contains('jv-text-proxy') ? active : null;
    if (c.do === 'blur') {
      if (current) current.blur();
      return;
    }
    var el = jvProxyElement(c.multiline);
    if (c.do === 'update' && el !== current) return;  // not in use: nothing to keep in step
    if (c.do === 'focus') {
      if (!c.multiline) el.type = c.type;
      el.setAttribute('inputmode', c.inputmode);
      el.setAttribute('enterkeyhint', c.enterkeyhint);
      el.setAttribute('autocapitalize', c.autocapitalize);
      el.setAttribute('autocorrect', c.autocorrect);
      el.spellcheck = c.spellcheck;
      el.setAttribute('aria-label', c.label);
      el.hidden = false;
    }
    // Over the field, so the browser keeps it in view above the keyboard.
    var box = document.getElementById('canvas').getBoundingClientRect();
    el.style.left = (box.left + c.rect[0]) + 'px';
    el.style.top = (box.top + c.rect[1]) + 'px';
    el.style.width = Math.max(c.rect[2], 1) + 'px';
    el.style.height = Math.max(c.rect[3], 1) + 'px';
    if (typeof c.value === 'string' && el.value !== c.value) el.value = c.value;
    if (c.do === 'focus' && document.activeElement !== el) el.focus({ preventScroll: true });
    if (typeof c.start === 'number' && (el.selectionStart !== c.start || el.selectionEnd !== c.end)) {
      el.setSelectionRange(c.start, c.end);
    }
  },

  // Presenting: the whole page full screen. The browser may refuse (no user gesture, an iframe
  // without allowfullscreen); the slide is then shown in the window as it is.
  jv_js_request_fullscreen: function () {
    var el = document.documentElement;
    try {
      if (!document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(function () {});
    } catch (e) { /* refused */ }
  },

  jv_js_exit_fullscreen: function () {
    try {
      if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
    } catch (e) { /* already out */ }
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
