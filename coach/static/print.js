// Portfolio page: reveal the "Print or save as PDF" button (the page works without it via the browser's Print).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
