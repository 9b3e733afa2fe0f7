// On narrow screens the main menu folds behind a "Menü" button, so the page's
// content is on the first screen. Without JavaScript the menu simply shows in
// full (the button keeps its hidden attribute).
(function () {
  "use strict";
  var button = document.querySelector(".main-nav__toggle");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", String(!open));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
    var list = document.getElementById(button.getAttribute("aria-controls"));
    if (!list || !list.contains(document.activeElement)) return;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  });
})();
