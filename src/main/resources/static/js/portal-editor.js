// The editors' desk. (1) A formatting toolbar over the article body: the textarea stays the form field and is
// kept in step with the formatted area (the server sanitises what arrives, as for typed HTML); without
// JavaScript the body is edited as HTML. (2) Chosen files are checked against the size cap before a form is
// sent, so a too-large file is refused here with the message beside the field and nothing typed is lost.
(function () {
  'use strict';

  var tooLarge = function (input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > max) { return true; }
    }
    return false;
  };
  var mark = function (input, invalid) {
    input.classList.toggle('is-invalid', invalid);
    var message = document.getElementById(input.id + '-too-large');
    if (message) { message.hidden = !invalid; }
  };
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[type=file][data-max-bytes]')) { mark(input, tooLarge(input)); }
  });
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    for (var i = 0; i < inputs.length; i++) {
      if (tooLarge(inputs[i])) {
        event.preventDefault();
        mark(inputs[i], true);
        inputs[i].focus();
        return;
      }
    }
  }, true);

  var source = document.getElementById('body');
  var toolbar = document.getElementById('body-toolbar');
  var area = document.getElementById('body-editor');
  if (!source || !toolbar || !area) { return; }
  var sync = function () { source.value = area.innerHTML; };
  var attribute = function (text) {
    return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  };
  area.innerHTML = source.value;
  source.hidden = true;
  toolbar.hidden = false;
  area.hidden = false;
  document.execCommand('defaultParagraphSeparator', false, 'p');
  area.addEventListener('input', sync);
  // The toolbar acts on the text selected in the area: keep it when a button takes the focus.
  var selection = null;
  document.addEventListener('selectionchange', function () {
    var current = window.getSelection();
    if (current.rangeCount > 0 && area.contains(current.getRangeAt(0).commonAncestorContainer)) {
      selection = current.getRangeAt(0).cloneRange();
    }
  });
  toolbar.addEventListener('mousedown', function (event) {
    if (event.target.closest('button')) { event.preventDefault(); }
  });
  toolbar.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-command]');
    if (!button) { return; }
    var command = button.getAttribute('data-command');
    if (command === 'source') {
      var showSource = source.hidden;
      if (showSource) { sync(); } else { area.innerHTML = source.value; }
      source.hidden = !showSource;
      area.hidden = showSource;
      button.setAttribute('aria-pressed', String(showSource));
      (showSource ? source : area).focus();
      return;
    }
    if (!source.hidden) { return; }
    area.focus();
    if (selection) {
      var current = window.getSelection();
      current.removeAllRanges();
      current.addRange(selection);
    }
    if (command === 'createLink') {
      var url = window.prompt(button.getAttribute('data-prompt'), 'https://');
      if (url) { document.execCommand('createLink', false, url); }
    } else if (command === 'insertImage') {
      var src = window.prompt(button.getAttribute('data-prompt'), '');
      var alt = src ? window.prompt(button.getAttribute('data-alt-prompt'), '') : null;
      if (src && alt) {
        document.execCommand('insertHTML', false, '<img src="' + attribute(src) + '" alt="' + attribute(alt) + '">');
      }
    } else if (command === 'formatBlock') {
      document.execCommand('formatBlock', false, button.getAttribute('data-value'));
    } else {
      document.execCommand(command, false, null);
    }
    sync();
  });
})();
