// Runs inside the module's scope before it starts (linked with --pre-js).
//
// The wasm travels inside this script as a base64 data: URL (-sSINGLE_FILE). Emscripten 3.1.6
// still tries fetch() on that URL first and decodes it only when the fetch fails; our CSP
// (connect-src 'none') refuses the fetch, which works but logs a CSP violation on every load.
// Decode it directly instead: no fetch, no violation.
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var bytes = tryParseAsDataURI(wasmBinaryFile);
  WebAssembly.instantiate(bytes, imports).then(
    function (result) { receiveInstance(result.instance, result.module); },
    function (reason) { abort('WebAssembly kon niet worden gestart: ' + reason); });
  return {};  // exports arrive asynchronously through receiveInstance
};
