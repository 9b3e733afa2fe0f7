// "Weitere Beiträge laden" on the hashtag wall: progressive enhancement of the
// page links. Without JavaScript the links work as they are; with it, the next
// posts are appended below, focus moves to the first new one and a status
// message tells screen readers how many arrived.
(function () {
  "use strict";
  const list = document.querySelector("[data-hashtag-wall]");
  const nav = list && list.closest("section").querySelector(".pagination");
  const next = nav && nav.querySelector("a[rel=next]");
  if (!list || !next || !window.fetch || !window.DOMParser) return;

  const status = document.querySelector("[data-hashtag-status]");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary hashtag-wall__more";
  // The labels come translated from the template (data-more-label, data-loaded-label).
  button.textContent = list.dataset.moreLabel || "Weitere Beiträge laden";
  let nextPage = new URL(next.href, location.href).searchParams.get("seite");
  nav.hidden = true;
  nav.insertAdjacentElement("beforebegin", button);

  button.addEventListener("click", async () => {
    button.disabled = true;
    const url = new URL(location.href);
    url.hash = "";
    url.searchParams.set("seite", nextPage);
    url.searchParams.set("teil", "beitraege");
    try {
      const response = await fetch(url, { headers: { Accept: "text/html" } });
      if (!response.ok) throw new Error(response.status);
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      const fragment = doc.querySelector("ol[data-next-page]");
      const items = Array.from(fragment.children);
      items.forEach((item) => list.appendChild(document.adoptNode(item)));
      if (status) status.textContent = (list.dataset.loadedLabel || "{n} weitere Beiträge geladen.").replace("{n}", items.length);
      const first = items[0] && items[0].querySelector("article");
      if (first) first.focus();
      nextPage = fragment.dataset.nextPage;
      if (!nextPage) button.remove();
    } catch (error) {
      // Fall back to the page links.
      button.remove();
      nav.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
})();
