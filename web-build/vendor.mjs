// Copy the front-end files the web UI needs from node_modules into src/tequ/web/static/vendor/.
// Run after `npm ci`; the copied files are committed so that serving needs no npm and no network.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "tequ", "web", "static", "vendor");

// [package, file inside the package, name in vendor/]
const FILES = [
  ["uplot", "dist/uPlot.iife.min.js", "uPlot.iife.min.js"], // time-series charts (indicator, entity pages)
  ["uplot", "dist/uPlot.min.css", "uPlot.min.css"], // its stylesheet
  ["uplot", "LICENSE", "uPlot.LICENSE"],
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"], // graph explorer and entity neighbourhoods
  ["cytoscape", "LICENSE", "cytoscape.LICENSE"],
];

mkdirSync(out, { recursive: true });
const manifest = {};
for (const [pkg, file, name] of FILES) {
  const root = join(here, "node_modules", pkg);
  copyFileSync(join(root, file), join(out, name));
  manifest[name] = `${pkg}@${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version}/${file}`;
}
writeFileSync(join(out, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`copied ${FILES.length} files to ${out}`);
