// The entity graph (cytoscape): nodes are entities, edges co-occurrence in documents.
// Data from <script type="application/json" id="graph-data">; clicking a node opens its page.
(function () {
  "use strict";
  var dataEl = document.getElementById("graph-data");
  var box = document.getElementById("graph");
  if (!dataEl || !box || typeof cytoscape === "undefined") return;
  var data = JSON.parse(dataEl.textContent || "{}");
  var nodes = data.nodes || [];
  if (nodes.length === 0) return;
  var center = box.getAttribute("data-center") || "";
  var colours = { PER: "#8e44ad", ORG: "#1f6fb5", LOC: "#2e8b57", FAC: "#b8860b", POLICY: "#b5461f", EVENT: "#c0392b" };
  var elements = [];
  nodes.forEach(function (n) {
    elements.push({ data: { id: String(n.id), label: String(n.label), type: n.type || "", size: 18 + Math.min(30, 4 * Math.sqrt(n.documents || 1)), center: n.label === center ? 1 : 0 } });
  });
  var ids = {};
  nodes.forEach(function (n) { ids[String(n.id)] = true; });
  (data.edges || []).forEach(function (e, i) {
    var s = String(e.source), t = String(e.target);
    if (ids[s] && ids[t]) elements.push({ data: { id: "e" + i, source: s, target: t, weight: e.weight || 1 } });
  });
  box.replaceChildren();
  box.classList.add("has-graph");
  var cy = cytoscape({
    container: box,
    elements: elements,
    layout: { name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, width: "data(size)", height: "data(size)", "background-color": function (n) { return colours[n.data("type")] || "#777"; }, color: "#222", "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "node[center = 1]", style: { "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { width: function (e) { return Math.min(8, 1 + Math.log(1 + e.data("weight"))); }, "line-color": "#bbb", "curve-style": "haystack" } },
    ],
  });
  cy.on("tap", "node", function (ev) {
    window.location.href = "/entity/" + encodeURIComponent(ev.target.data("label"));
  });
})();
