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
    elements.push({ data: { id: String(n.id), label: String(n.label), type: n.type || "", size: 18 + Math.min(30, 4 * Math.sqrt(n.documents || 1)), center: n.label === center ? 1 : 0, ring: n.ring || 0 } });
  });
  var ids = {};
  nodes.forEach(function (n) { ids[String(n.id)] = true; });
  (data.edges || []).forEach(function (e, i) {
    var s = String(e.source), t = String(e.target);
    if (ids[s] && ids[t]) elements.push({ data: { id: "e" + i, source: s, target: t, weight: e.weight || 1 } });
  });
  box.replaceChildren();
  box.classList.add("has-graph");
  var hasCenter = nodes.some(function (n) { return n.label === center; });
  // a centre: rings by distance (its neighbours around it); otherwise a force layout spread wide
  var layout = hasCenter
    ? { name: "concentric", animate: false, minNodeSpacing: 18, concentric: function (n) { return n.data("center") ? 100 : 10 - n.data("ring"); }, levelWidth: function () { return 1; }, spacingFactor: 1.1 }
    : { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 60000; }, idealEdgeLength: function () { return 110; }, nodeOverlap: 20, gravity: 0.6, numIter: 1500, componentSpacing: 80 };
  var cy = cytoscape({
    container: box,
    elements: elements,
    layout: layout,
    minZoom: 0.3,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 12, width: "data(size)", height: "data(size)", "background-color": function (n) { return colours[n.data("type")] || "#777"; }, color: "#1d1d1f", "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1, "min-zoomed-font-size": box.classList.contains("small") ? 0 : 7 } },
      { selector: "node[center = 1]", style: { "border-width": 3, "border-color": "#111", "font-weight": "bold", "font-size": 14 } },
      { selector: "node.dim, edge.dim", style: { opacity: 0.15 } },
      { selector: "edge", style: { width: function (e) { return Math.min(8, 0.6 + 1.4 * Math.log(1 + e.data("weight"))); }, "line-color": "#b9b6ae", "curve-style": "haystack", opacity: 0.8 } },
    ],
  });
  // hovering a node shows its neighbourhood only
  cy.on("mouseover", "node", function (ev) {
    var keep = ev.target.closedNeighborhood();
    cy.elements().not(keep).addClass("dim");
  });
  cy.on("mouseout", "node", function () { cy.elements().removeClass("dim"); });
  cy.on("tap", "node", function (ev) {
    window.location.href = "/entity/" + encodeURIComponent(ev.target.data("label"));
  });
})();
