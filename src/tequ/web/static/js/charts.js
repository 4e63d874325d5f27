// Time-series charts (uPlot) for the indicator and entity pages. The values come from the
// <script type="application/json" id="chart-data"> block; the page's tables hold the same data.
(function () {
  "use strict";
  var dataEl = document.getElementById("chart-data");
  if (!dataEl || typeof uPlot === "undefined") return;
  var charts = JSON.parse(dataEl.textContent || "[]");

  var zh = (document.documentElement.lang || "").indexOf("zh") === 0;
  var steps = zh ? [[1e8, "亿"], [1e4, "万"]] : [[1e9, "B"], [1e6, "M"], [1e3, "K"]];

  function round(v) {
    return String(Math.round(v * 1e3) / 1e3);
  }

  function fmt(v) {
    // compact axis and legend labels: 2.5亿 / 250M
    if (v === null || v === undefined) return "";
    for (var i = 0; i < steps.length; i++) {
      if (Math.abs(v) >= steps[i][0]) return round(v / steps[i][0]) + steps[i][1];
    }
    return round(v);
  }

  document.querySelectorAll("[data-chart]").forEach(function (box) {
    var spec = charts[Number(box.getAttribute("data-chart"))];
    if (!spec || !spec.x || spec.x.length === 0) return;
    var width = Math.max(280, box.clientWidth || 600);
    var opts = {
      width: width,
      height: 260,
      scales: { x: { time: true } },
      series: [
        {},
        {
          label: spec.title,
          stroke: "#b5461f",
          width: 2,
          points: { show: true, size: 7, fill: "#b5461f" },
          value: function (u, v) { return fmt(v); },
        },
      ],
      axes: [{}, { values: function (u, vals) { return vals.map(fmt); }, size: 70 }],
      legend: { show: true },
    };
    box.replaceChildren();
    box.classList.add("has-chart");
    new uPlot(opts, [spec.x, spec.y], box);
  });
})();
