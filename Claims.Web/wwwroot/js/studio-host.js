// Wires the Elsa Studio elements into our pages. Wrapped in a function: MudBlazor.min.js declares top-level globals.
(function () {
  'use strict';

  var go = function (path) { window.location.href = '/studio/' + path; };

  // Blazor defines the element classes once its runtime starts and redefines properties per instance then, so
  // callbacks are set only after whenDefined.
  var wire = function (tag, callbacks) {
    customElements.whenDefined(tag).then(function () {
      document.querySelectorAll(tag).forEach(function (el) {
        Object.keys(callbacks).forEach(function (name) { el[name] = callbacks[name]; });
      });
    });
  };

  wire('elsa-workflow-definition-list', {
    editWorkflowDefinition: function (definitionId) { go('workflows/' + encodeURIComponent(definitionId)); }
  });
  wire('elsa-workflow-definition-editor', {
    workflowDefinitionExecuted: function (instanceId) { go('instances/' + encodeURIComponent(instanceId)); }
  });
  wire('elsa-workflow-instance-list', {
    viewWorkflowInstance: function (instanceId) { go('instances/' + encodeURIComponent(instanceId)); }
  });
  wire('elsa-workflow-instance-viewer', {
    editWorkflowDefinition: function (definitionId) { go('workflows/' + encodeURIComponent(definitionId)); }
  });

  // Studio's own navigation (e.g. Run without our callback) pushes "workflows/instances/{id}/view", a route it has no
  // router for here: open our viewer page instead.
  var follow = function (url) {
    var m = /\/studio\/workflows\/instances\/([^/?#]+)\/view/.exec(String(url || ''));
    if (m) { go('instances/' + m[1]); return true; }
    return false;
  };
  ['pushState', 'replaceState'].forEach(function (name) {
    var original = history[name];
    history[name] = function (state, title, url) {
      if (follow(url && new URL(url, document.baseURI).pathname)) { return; }
      return original.apply(this, arguments);
    };
  });

  // Studio UI for Elsa features our engine does not run: hidden by their visible text.
  var unsupported = [
    { selector: '.mud-tab', text: /^(Test|Log|Commit strateg(y|ies)|Resilience)$/i },
    { selector: '.mud-input-control', text: /strateg/i },
    { selector: '.mud-typography, h6, p', text: /^(Commit|Log persistence) strateg(y|ies)$/i },
    { selector: '.workflow-root-template-option', text: /^(Sequence|State machine)/i },
    // The instance details link to an Elsa structured-log store we do not have; the journal is our log.
    { selector: 'tr', text: /^Structured Logs/i },
    // Importing instance state from a file would let anyone forge a running workflow: the instance list's Import goes.
    { selector: '.mud-menu-item, .mud-list-item', text: /^Import$/i, page: 'elsa-workflow-instance-list' }
  ];
  var hide = function () {
    unsupported.forEach(function (rule) {
      if (rule.page && !document.querySelector(rule.page)) { return; }
      document.querySelectorAll(rule.selector).forEach(function (el) {
        var label = el.querySelector('label, .mud-input-label');
        var text = ((label && label.textContent) || el.textContent || '').trim();
        if (rule.text.test(text)) { el.classList.add('claims-unsupported'); }
      });
    });
  };
  var pending = false;
  new MutationObserver(function () {
    if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; hide(); }); }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
