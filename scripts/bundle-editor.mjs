// Bundles the editor example (build/web/examples/editor.js) with TipTap from
// node_modules into editor.bundle.js, an ES module the page loads without a
// CDN. Resalta's own modules stay separate files: the plugin's renderer is
// the one beside the app (../renderer.js, the package's, copied there by
// scripts/build-web) and its analyzer the package copy (./resalta/index.js),
// so nothing is duplicated and nothing is stale.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'build/web/examples'));

const shared = {
  name: 'resalta-shared-modules',
  setup(build) {
    // Only the renderer and the package's index.js imported from the package copy.
    build.onResolve({ filter: /^\.\/(renderer|index)\.js$/ }, (args) => {
      if (path.resolve(args.resolveDir) !== path.join(dir, 'resalta')) return undefined;
      return { path: args.path === './renderer.js' ? '../renderer.js' : './resalta/index.js', external: true };
    });
  },
};

await esbuild.build({
  entryPoints: [path.join(dir, 'editor.js')],
  outfile: path.join(dir, 'editor.bundle.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'linked',
  nodePaths: [path.join(root, 'node_modules')],
  plugins: [shared],
  logLevel: 'warning',
});
