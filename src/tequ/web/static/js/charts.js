// Time-series charts (uPlot) for the indicator and entity pages. The values come from the
// <script type="application/json" id="chart-data"> block; the page's tables hold the same data.
// Each spec: {x, y, label (the period as written), mode ("year" | "month" | "time"), unit,
// xlabel, title, bars}. Year charts put a 2023 value on the 2023 tick; the y axis starts at 0
// (or below, for negative values) and carries the unit.
(function () {
  "use strict";
  var dataEl = document.getElementById("chart-data");
  if (!dataEl || typeof uPlot === "undefined") return;
  var charts = JSON.parse(dataEl.textContent || "[]");

  var zh = (document.documentElement.lang || "").indexOf("zh") === 0;
  var steps = zh ? [[1e8, "亿"], [1e4, "万"]] : [[1e9, "B"], [1e6, "M"], [1e3, "K"]];
  var DAY = 86400;

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

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function monthLabel(ts) {
    var d = new Date(ts * 1000);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1);
  }

  function xAxis(spec) {
    var axis = { label: spec.xlabel || "", labelSize: 22 };
    if (spec.mode === "year") {
      axis.values = function (u, vals) {
        return vals.map(function (v) { return Number.isInteger(v) ? String(v) : ""; });
      };
      axis.splits = function (u, axisIdx, min, max) {
        var out = [];
        var step = Math.max(1, Math.ceil((max - min) / 12));
        for (var y = Math.ceil(min); y <= max; y += step) out.push(y);
        return out;
      };
    } else {
      axis.values = function (u, vals) { return vals.map(monthLabel); };
    }
    return axis;
  }

  function xRange(spec) {
    var lo = spec.x[0], hi = spec.x[spec.x.length - 1];
    var margin = spec.mode === "year" ? 0.5 : Math.max(20 * DAY, (hi - lo) * 0.04);
    return [lo - margin, hi + margin];
  }

  function yRange(spec) {
    var lo = Math.min.apply(null, spec.y.concat([0]));
    var hi = Math.max.apply(null, spec.y.concat([0]));
    var pad = (hi - lo) * 0.1 || 1;
    return [lo < 0 ? lo - pad : 0, hi + pad];
  }

  document.querySelectorAll("[data-chart]").forEach(function (box) {
    var spec = charts[Number(box.getAttribute("data-chart"))];
    if (!spec || !spec.x || spec.x.length === 0) return;
    var width = Math.max(280, box.clientWidth || 600);
    var bars = spec.bars && uPlot.paths && uPlot.paths.bars;
    var line = {
      label: spec.title + (spec.unit ? " (" + spec.unit + ")" : ""),
      stroke: "#b5461f",
      width: 2,
      points: { show: true, size: 8, fill: "#b5461f" },
      value: function (u, v) { return v === null || v === undefined ? "—" : fmt(v) + (spec.unit ? " " + spec.unit : ""); },
    };
    if (bars) {
      line.paths = uPlot.paths.bars({ size: [0.6, 48] });
      line.fill = "rgba(181, 70, 31, 0.55)";
      line.points = { show: false };
    }
    var opts = {
      width: width,
      height: 280,
      scales: {
        x: { time: false, range: function () { return xRange(spec); } },
        y: { range: function () { return yRange(spec); } },
      },
      series: [
        {
          label: spec.xlabel || "",
          value: function (u, v, sidx, idx) { return idx === null || idx === undefined ? "—" : spec.label[idx]; },
        },
        line,
      ],
      axes: [
        xAxis(spec),
        { values: function (u, vals) { return vals.map(fmt); }, size: 64, label: spec.unit || "", labelSize: 22 },
      ],
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
    };
    var data = [spec.x, spec.y];
    if (spec.alt && spec.alt.length) {
      // another value stated for the same period: a hollow point, no line
      opts.series.push({
        label: spec.altlabel || "",
        stroke: "#1f5fa8",
        width: 0,
        paths: function () { return null; },
        points: { show: true, size: 9, fill: "#ffffff", stroke: "#1f5fa8", width: 2 },
        value: line.value,
      });
      data.push(spec.alt);
      var r = yRange({ y: spec.y.concat(spec.alt.filter(function (v) { return v !== null; })) });
      opts.scales.y.range = function () { return r; };
    }
    box.replaceChildren();
    box.classList.add("has-chart");
    new uPlot(opts, data, box);
  });
})();
