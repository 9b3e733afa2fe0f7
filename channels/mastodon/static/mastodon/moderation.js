// Keyboard shortcuts of the hashtag moderation queue, documented on the page:
// j/k move between posts, a/r/h decide for the current post, x selects it for
// bulk actions. Nothing happens while typing.
(function () {
  "use strict";
  const queue = document.querySelector("[data-hashtag-queue]");
  if (!queue) return;
  const posts = () => Array.from(queue.querySelectorAll("[data-post]"));
  const current = () => document.activeElement && document.activeElement.closest("[data-post]");

  function focusPost(post) {
    if (!post) return;
    posts().forEach((p) => p.classList.toggle("is-current", p === post));
    post.focus({ preventScroll: false });
    post.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = posts();
    const index = all.indexOf(current());
    const next = index === -1 ? all[step > 0 ? 0 : all.length - 1] : all[index + step];
    focusPost(next);
  }

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable='true']");
  }

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    const post = current();
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": case "r": case "h": {
        const button = post && post.querySelector(`[data-shortcut="${event.key}"]`);
        if (!button) return;
        button.click();
        break;
      }
      case "x": {
        const box = post && post.querySelector("[data-select]");
        if (!box) return;
        box.checked = !box.checked;
        break;
      }
      default: return;
    }
    event.preventDefault();
  });

  const selectAll = queue.querySelector("[data-select-all]");
  if (selectAll) {
    selectAll.addEventListener("change", () => {
      queue.querySelectorAll("[data-select]").forEach((box) => { box.checked = selectAll.checked; });
    });
  }

  // After a decision the page comes back with #post-<next>: carry on from there.
  if (location.hash.startsWith("#post-")) {
    focusPost(document.getElementById(location.hash.slice(1)));
  }
})();
