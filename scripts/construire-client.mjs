// Bundles the browser code of the map (src/Portrea.Web/Client) with its npm libraries into wwwroot/dist.
// Run by the web project's build (npm run build); the output is never committed.
import { build } from "esbuild";

await build({
  entryPoints: {
    carte: "src/Portrea.Web/Client/carte/index.js",
    "carte-style": "src/Portrea.Web/Client/carte/carte.css",
  },
  outdir: "src/Portrea.Web/wwwroot/dist",
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  target: ["es2020"],
  loader: { ".png": "file", ".svg": "file" },
  assetNames: "[name]-[hash]",
  logLevel: "warning",
  legalComments: "linked",
});
