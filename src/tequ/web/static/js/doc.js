// Annotation cards on the document page: click (or Enter on) a highlighted span to see its
// normalised value and links. Built with DOM methods only: no HTML strings, nothing from the
// text is ever parsed as markup.
(function () {
  "use strict";
  var dataEl = document.getElementById("ann-data");
  var card = document.getElementById("ann-card");
  if (!dataEl || !card) return;
  var notes = JSON.parse(dataEl.textContent || "{}");
  var current = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeHref(href) {
    // only same-site paths built by the server: "/indicator?..." or "/entity/..."
    return typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/" ? href : null;
  }

  function fill(note) {
    card.replaceChildren();
    card.appendChild(el("p", "card-kind kind-" + note.kind, note.label || note.kind));
    card.appendChild(el("h3", null, note.title));
    var dl = el("dl");
    (note.rows || []).forEach(function (row) {
      dl.appendChild(el("dt", null, row[0]));
      dl.appendChild(el("dd", null, row[1]));
    });
    card.appendChild(dl);
    var close = el("button", "card-close", "×");
    close.setAttribute("type", "button");
    close.setAttribute("aria-label", card.getAttribute("data-close") || "Close");
    close.addEventListener("click", function () { hide(true); });
    card.appendChild(close);
    (note.links || []).forEach(function (link) {
      var href = safeHref(link.href);
      if (!href) return;
      var a = el("a", "card-link", link.text);
      a.setAttribute("href", href);
      card.appendChild(a);
    });
  }

  function show(mark) {
    var note = notes[mark.getAttribute("data-ann")];
    if (!note) return;
    fill(note);
    card.hidden = false;
    var r = mark.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.top = top + "px";
    card.style.left = left + "px";
    current = mark;
  }

  function hide(refocus) {
    if (refocus && current) current.focus();
    card.hidden = true;
    current = null;
  }

  // a "show in text" link of the side panel: scroll to the highlight, focus it, open its card
  function locate(link) {
    var mark = document.getElementById("ann-" + link.getAttribute("data-locate"));
    if (!mark) return false;
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
    mark.classList.add("flash");
    window.setTimeout(function () { mark.classList.remove("flash"); }, 1600);
    show(mark);
    return true;
  }

  function markOf(target) {
    while (target && target !== document) {
      if (target.classList && target.classList.contains("ann") && target.hasAttribute("data-ann")) return target;
      target = target.parentNode;
    }
    return null;
  }

  document.addEventListener("click", function (ev) {
    if (card.contains(ev.target)) return;
    var link = ev.target.closest ? ev.target.closest("a[data-locate]") : null;
    if (link && locate(link)) {
      ev.preventDefault();
      ev.stopPropagation();
      return;
    }
    var mark = markOf(ev.target);
    if (mark && mark !== current) {
      show(mark);
      ev.stopPropagation();
    } else {
      hide();
    }
  });
  // arriving at "#fact-<id>" or "#measure-<id>" (a link from an indicator, check or tracker
  // item): show that annotation in the text
  function fromHash() {
    var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (target && target.tagName === "LI" && target.hasAttribute("data-locate")) locate(target);
  }
  fromHash();
  window.addEventListener("hashchange", fromHash);

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") return hide(true);
    if (ev.key === "Enter" || ev.key === " ") {
      var mark = markOf(document.activeElement);
      if (mark) {
        ev.preventDefault();
        show(mark);
      }
    }
  });
})();
