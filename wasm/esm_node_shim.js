// Prepended to resalta.mjs (--extern-pre-js). Emscripten 3.1.6's ES module
// output still calls require() and __dirname under Node; an ES module has
// neither, so give them to it. Browsers and workers skip this.
const __resaltaIsNode = typeof process == 'object' && typeof process.versions == 'object' && typeof process.versions.node == 'string';
const require = __resaltaIsNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
const __dirname = __resaltaIsNode ? require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url)) : '';
