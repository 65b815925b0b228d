// Loads Monaco (Studio's expression editor, ~0.5 s of main-thread work: docs/benchmarks.md) off the designer's boot path.
// Studio creates a Monaco editor during the boot for a hidden expression field; that one waits until the canvas is drawn
// and the page is idle. Any other use (a visible editor, a model, a language) loads Monaco at once.
// Runs after BlazorMonaco's jsInterop.js, which leaves the AMD loader's `require = { paths }` config in place.
(function () {
  'use strict';

  var vs = document.baseURI + '_content/BlazorMonaco/lib/monaco-editor/min/vs/';
  var loaded = false;
  var loading = null;
  var idleScheduled = false;

  var load = function () {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = vs + 'loader.js';
        script.onerror = function () { reject(new Error('Monaco loader failed: ' + script.src)); };
        script.onload = function () {
          window.require(['vs/editor/editor.main'], function () { loaded = true; resolve(); }, reject);
        };
        document.head.appendChild(script);
      });
    }

    return loading;
  };

  // Once the canvas has nodes (or after 10 s on pages without one), at the next idle moment.
  var loadWhenIdle = function () {
    if (!idleScheduled) {
      idleScheduled = true;
      var started = performance.now();
      var wait = function () {
        if (document.querySelector('.x6-node') || performance.now() - started > 10000) {
          (window.requestIdleCallback || setTimeout)(function () { load(); }, { timeout: 2000 });
        } else {
          setTimeout(wait, 250);
        }
      };
      wait();
    }

    return loading || new Promise(function (resolve) {
      var poll = function () { if (loading) { loading.then(resolve); } else { setTimeout(poll, 50); } };
      poll();
    });
  };

  var creating = {};
  var hidden = function (id) {
    var element = document.getElementById(id);
    return !element || element.offsetParent === null;
  };

  // BlazorMonaco's helpers, used internally and synchronously; every other entry point waits for Monaco once.
  var internal = ['getEditorHolder', 'getEditor', 'getEditorLineNumber', 'reloadLineNumbers', 'redrawLineNumbers',
    'convertUriToString', 'removeCircularReferences', 'setWasm'];
  var defer = function (target, isEditor) {
    Object.keys(target || {}).forEach(function (name) {
      var original = target[name];
      if (typeof original !== 'function' || internal.indexOf(name) >= 0) { return; }
      target[name] = function () {
        var self = this, args = arguments;
        var run = function () { return original.apply(self, args); };
        var id = isEditor ? args[0] : null;
        if (loaded && !(id in creating)) { return run(); }
        if (name === 'create') {
          var created = (hidden(id) ? loadWhenIdle() : load()).then(run);
          creating[id] = created;
          var done = function () { if (creating[id] === created) { delete creating[id]; } };
          created.then(done, done);
          return created;
        }
        // A call on an editor still being created runs after it (a visible use loads Monaco now).
        return (id in creating ? load().then(function () { return creating[id]; }) : load()).then(run);
      };
    });
  };

  var interop = window.blazorMonaco;
  if (!interop || !interop.editor) {
    // Not the BlazorMonaco this was written for: load Monaco now, as the plain script tags did.
    load();
    return;
  }

  var model = interop.editor.model;
  defer(interop.editor, true);
  defer(model, false);
  defer(interop.languages, false);

  // Studio also calls this Monaco function directly; the real `monaco` replaces this stand-in once loaded.
  var standIn = window.monaco = {
    languages: { typescript: { javascriptDefaults: { addExtraLib: function () {
      var args = arguments;
      return load().then(function () {
        if (window.monaco === standIn) { throw new Error('Monaco did not load'); }
        var defaults = window.monaco.languages.typescript.javascriptDefaults;
        return defaults.addExtraLib.apply(defaults, args);
      });
    } } } }
  };
})();
