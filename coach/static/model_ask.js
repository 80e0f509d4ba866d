/* "Ask the model" on pages without the editor: the form posts as usual (it works without JS);
 * this only shows the seconds elapsed while the model works, and stops a double submit. */
(function () {
  "use strict";
  for (const form of document.querySelectorAll("form.model-ask")) {
    form.addEventListener("submit", () => {
      const button = form.querySelector("button");
      const status = form.querySelector(".model-ask-status");
      const started = Date.now();
      // Disabled after the submit has started, so the button's own value still goes with the form.
      setTimeout(() => { button.disabled = true; }, 0);
      status.textContent = "Asking the model… 0 s";
      setInterval(() => {
        status.textContent = `Asking the model… ${Math.round((Date.now() - started) / 1000)} s`;
      }, 1000);
    });
  }
})();
