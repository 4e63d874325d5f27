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

  function hide() {
    card.hidden = true;
    current = null;
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
    var mark = markOf(ev.target);
    if (mark && mark !== current) {
      show(mark);
      ev.stopPropagation();
    } else {
      hide();
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") return hide();
    if (ev.key === "Enter" || ev.key === " ") {
      var mark = markOf(document.activeElement);
      if (mark) {
        ev.preventDefault();
        show(mark);
      }
    }
  });
})();
