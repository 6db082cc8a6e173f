// Print buttons ([data-imprimer]) appear only when scripts run; without them, the browser's Ctrl+P prints the page.
(() => {
  for (const bouton of document.querySelectorAll("[data-imprimer]")) {
    bouton.removeAttribute("hidden");
    bouton.addEventListener("click", () => window.print());
  }
})();
