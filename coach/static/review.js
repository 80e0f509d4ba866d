// Review page enhancements: quote the words selected in the message into the anchored-comment form
// (with their offsets), and insert a saved comment from the bank with one click. Without this script
// the instructor types the quote and picks a saved comment from the list; both still work.
(function () {
  "use strict";
  var form = document.getElementById("anchor-form");
  var reviewForm = document.getElementById("review-form");
  if (!form || !reviewForm) return;

  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  document.querySelectorAll(".no-js-bank").forEach(function (el) { el.hidden = true; });

  // The field element ([data-field]) that holds the whole selection, or null.
  function fieldOf(range) {
    var node = range.commonAncestorContainer;
    var el = node.nodeType === 1 ? node : node.parentElement;
    return el ? el.closest("[data-field]") : null;
  }

  // Offsets count characters of the element's text, the same text the server stores.
  function quoteSelection() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    var range = sel.getRangeAt(0);
    var field = fieldOf(range);
    if (!field) return;
    var before = document.createRange();
    before.selectNodeContents(field);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var quote = range.toString();
    form.elements["anchor-field"].value = field.dataset.field;
    form.elements["anchor-quote"].value = quote;
    form.elements["anchor-start"].value = String(start);
    form.elements["anchor-end"].value = String(start + quote.length);
  }

  document.addEventListener("selectionchange", quoteSelection);
  // Typing a quote by hand makes the selection's offsets stale: the server then searches for the words.
  form.elements["anchor-quote"].addEventListener("input", function () {
    form.elements["anchor-start"].value = "";
    form.elements["anchor-end"].value = "";
  });

  var comment = reviewForm.elements.comment;
  reviewForm.querySelectorAll("[data-insert]").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.dataset.insert;
      var at = comment.selectionStart != null ? comment.selectionStart : comment.value.length;
      var end = comment.selectionEnd != null ? comment.selectionEnd : at;
      var value = comment.value;
      var glue = at > 0 && !/\s$/.test(value.slice(0, at)) ? "\n\n" : "";
      comment.value = value.slice(0, at) + glue + text + value.slice(end);
      comment.focus();
      var caret = at + glue.length + text.length;
      comment.setSelectionRange(caret, caret);
    });
  });
})();
