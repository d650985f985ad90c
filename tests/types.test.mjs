// The Document's fields, checked in one place against real output. The
// schema (schema/document.schema.json) validates the CLI's output in
// schema.test.mjs; here the package's declarations (wasm/js/index.d.ts)
// are held to the schema and to real Documents:
//   1. real Documents (the CLI on a range of texts, the golden article among
//      them, the wasm package with tokens, a chunked-and-merged analysis) are written
//      into a TypeScript file as literals typed `Document`, and tsc (the
//      compiler API, strict) must accept them: a field the output has and
//      the .d.ts lacks, or a wrong type, is an error;
//   2. every property of the schema appears in the .d.ts at the same place,
//      required or optional alike, with the same kind and enum values, and
//      vice versa;
//   3. a small program using the API (createAnalyzer, analyzeAsync, the
//      worker, the renderer, <resalta-article>) compiles against the
//      declarations, and every declaration file compiles;
//   4. the chunk merger's conventions (wasm/js/chunks.js: which fields are
//      offsets, token indices and entity ids) cover the schema's.
// A new Document field needs only its schema and .d.ts entries for this to pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import ts from 'typescript';

import { golden, runCli, sourceDir, trickyTexts } from './lib/env.mjs';

const PKG = path.join(sourceDir, 'wasm/js');
const builtPkg = path.join(sourceDir, 'build/npm');
const schema = JSON.parse(fs.readFileSync(path.join(sourceDir, 'schema/document.schema.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-types-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const COMPILER_OPTIONS = {
  strict: true, noImplicitAny: true, noEmit: true, skipLibCheck: false,
  target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
};

// One program for every check (parsing the DOM lib and TipTap's types once):
// the given TypeScript files plus every declaration file of the package.
function compile(files) {
  const declarations = fs.readdirSync(PKG).filter((f) => f.endsWith('.d.ts')).map((f) => path.join(PKG, f));
  return ts.createProgram([...files, ...declarations], COMPILER_OPTIONS);
}

// The diagnostics outside node_modules, as "file:line: TSnnnn message".
function diagnostics(program, file) {
  return ts.getPreEmitDiagnostics(program, file && program.getSourceFile(file))
    .filter((d) => !d.file || !d.file.fileName.includes('/node_modules/'))
    .map((d) => {
      const where = d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      return `${where}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

// A TypeScript module asserting each Document is assignable to `Document`.
function writeCheck(name, docs) {
  const file = path.join(tmp, `${name}.ts`);
  const lines = [`import type { Document } from ${JSON.stringify(path.join(PKG, 'index.js'))};`];
  for (const [key, doc] of Object.entries(docs)) lines.push(`export const ${key}: Document = ${JSON.stringify(doc)};`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const TEXTS = {
  golden: golden('seed-article.es.txt'),
  english: 'Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Tuesday, the BBC reported. '
    + '"We will act together," Starmer said. Inflation fell to 2.3% in April, and the pound rose 1.2% against the dollar.',
  quantities: 'El Gobierno anunció ayer un aumento del 30% en las tarifas de gas a partir de septiembre de 2024; '
    + 'costará US$ 1.500 millones y más de 200 toneladas de acero a los rusos.',
  quotes: '—No vamos a ceder —dijo el ministro—. «Nunca», remarcó Pérez según la agencia EFE.',
  boilerplate: 'MADRID, 27 Oct. (EUROPA PRESS) - El Gobierno aprobó hoy el decreto.\nSeguí leyendo\nFoto: Reuters',
  ...Object.fromEntries(trickyTexts.map((t, i) => [`tricky${i}`, t])),
};

function cliDocuments() {
  const docs = {};
  for (const [name, text] of Object.entries(TEXTS)) {
    const r = runCli(['analyze', '--date', '2023-10-18', '-'], text);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    docs[`cli_${name}`] = JSON.parse(r.stdout);
  }
  return docs;
}

async function packageDocuments() {
  const { createAnalyzer } = await import(pathToFileURL(path.join(builtPkg, 'index.js')).href);
  const { chunkText, mergeDocuments } = await import(pathToFileURL(path.join(PKG, 'chunks.js')).href);
  const analyzer = await createAnalyzer();
  const docs = {
    wasm_tokens: analyzer.analyze(TEXTS.golden, { date: '2023-10-18', tokens: true }),
    wasm_english: analyzer.analyze(TEXTS.english, { lang: 'en', date: new Date(2023, 9, 18) }),
  };
  // What the worker returns for a long text: chunk Documents merged.
  const text = Array.from({ length: 4 }, () => TEXTS.golden).join('\n');
  const parts = chunkText(text, 2000).map(([s, e]) => ({ doc: analyzer.analyze(text.slice(s, e), { tokens: true }), offset: s }));
  assert.ok(parts.length > 3);
  docs.merged = mergeDocuments(parts, text.length);
  analyzer.dispose();
  return docs;
}

// Real Documents, and wrong ones (the check must be able to fail: an
// unknown field, a missing one, a wrong enum value).
const docs = { ...cliDocuments(), ...(fs.existsSync(path.join(builtPkg, 'index.js')) ? await packageDocuments() : {}) };
const good = writeCheck('real', docs);
const { text_length: _dropped, ...missing } = docs.cli_quantities;
const bad = writeCheck('bad', {
  extra: { ...docs.cli_quantities, spans: docs.cli_quantities.spans.map((sp, i) => (i === 0 ? { ...sp, not_in_the_types: 1 } : sp)) },
  missing,
  badEnum: { ...docs.cli_quantities, quotes: [{ start: 0, end: 1, text: 'x', speaker: '', cue: '', kind: 'rumoured' }] },
});
// The API as a program would use it: the declarations must describe what
// index.js exports (tests/npm.test.mjs runs the same calls).
const api = path.join(tmp, 'api.ts');
fs.writeFileSync(api, `
import { createAnalyzer, createAnalyzerWorker, MAX_TEXT_BYTES, ResaltaError, utf8Length, wellFormed } from ${JSON.stringify(path.join(PKG, 'index.js'))};
import type { Document, ModelEvent, Progress, ResaltaDocument } from ${JSON.stringify(path.join(PKG, 'index.js'))};
import type { WorkerRequest, WorkerResponse } from ${JSON.stringify(path.join(PKG, 'worker.js'))};
import { fromDocument, renderHTML } from ${JSON.stringify(path.join(PKG, 'renderer.js'))};
import { ResaltaArticle } from ${JSON.stringify(path.join(PKG, 'resalta-article.js'))};

export async function use(text: string, element: ResaltaArticle): Promise<string> {
  const onModel = (e: ModelEvent): void => { if (e.error instanceof ResaltaError) console.warn(e.model, e.error.code, e.error.detail); };
  const analyzer = await createAnalyzer({ lang: 'auto', lazy: true, onModel, wasm: new URL('file:///resalta.wasm') });
  const progress: number[] = [];
  const doc: Document = await analyzer.analyzeAsync(text, { date: new Date(), onProgress: (p: Progress) => { progress.push(p.done / p.total); } });
  const added: boolean = await analyzer.ensureModel('en');
  const worker = await createAnalyzerWorker({ workerURL: './worker.js', model: null });
  const other = await worker.analyze(wellFormed(text), { chunk: false, tokens: true });
  element.analyzer = worker;
  element.addEventListener('resalta:error', (ev) => { const code: string | undefined = (ev.detail as ResaltaError).code; console.warn(code, ev.detail.message); });
  const same: ResaltaDocument = other;
  const request: WorkerRequest = { type: 'analyze', id: 1, text, options: null, progress: false };
  const answer = (r: WorkerResponse): string => (r.type === 'error' ? r.code : r.type);
  if (answer({ id: request.id, type: 'progress', value: { phase: 'done', done: 1, total: 1 } }) !== 'progress') return same.lang;
  element.document = other;
  try { analyzer.analyze(text); } catch (e) { if (e instanceof ResaltaError && e.code === 'too-large') return String(e.bytes ?? 0); }
  analyzer.dispose();
  worker.dispose();
  return utf8Length(text) > MAX_TEXT_BYTES || added ? '' : renderHTML(fromDocument(text, doc), { hidden: ['MISC'] });
}
`);
const program = compile([good, bad, api]);

test('real Documents (CLI, the golden article, wasm, merged chunks) are `Document`s and the API compiles, under strict tsc', (t) => {
  if (!docs.wasm_tokens) t.diagnostic('no build/npm: the wasm Documents are left out (run scripts/build-npm)');
  assert.ok(docs.cli_golden.spans.length > 10 && docs.cli_golden.tokens.length > 100, 'the golden article has spans and tokens');
  const errors = diagnostics(program).filter((e) => !e.startsWith('bad.ts:'));
  assert.deepEqual(errors, [], `index.d.ts does not describe real output (or a declaration file does not compile):\n${errors.join('\n')}`);
});

test('the check can fail: an unknown field, a missing one and a wrong enum are errors', () => {
  const errors = diagnostics(program, bad).join('\n');
  assert.match(errors, /not_in_the_types/);
  assert.match(errors, /text_length/);
  assert.match(errors, /rumoured/);
});

test('a merged (chunked) Document validates against the schema too', (t) => {
  if (!docs.merged) { t.skip('no build/npm'); return; }
  const file = path.join(tmp, 'merged.json');
  fs.writeFileSync(file, JSON.stringify(docs.merged));
  const r = spawnSync('/usr/bin/python3', [path.join(sourceDir, 'tests/lib/validate_schema.py'),
    path.join(sourceDir, 'schema/document.schema.json'), file], { encoding: 'utf8' });
  assert.notEqual(r.status, 3, r.stdout);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const text = Array.from({ length: 4 }, () => TEXTS.golden).join('\n');
  for (const s of docs.merged.spans) assert.equal(text.slice(s.start, s.end), s.text);
  for (const tok of docs.merged.tokens) assert.equal(text.slice(tok.start, tok.end), tok.text);
  docs.merged.sentences.forEach((s, i) => {
    const first = docs.merged.tokens[s.first_token];
    const last = docs.merged.tokens[s.first_token + s.token_count - 1];
    assert.ok(first.start >= s.start && last.end <= s.end, `sentence ${i}'s tokens lie inside it`);
  });
});

// ---- the schema and the .d.ts, property by property

// Resolves local $refs (merging sibling keywords, as draft 2020-12 does).
function resolve(node) {
  let n = node;
  while (n?.$ref) {
    assert.match(n.$ref, /^#\/\$defs\//, `only local refs: ${n.$ref}`);
    const { $ref, ...rest } = n;
    const target = schema.$defs[$ref.slice('#/$defs/'.length)];
    assert.ok(target, `unknown ${$ref}`);
    n = { ...target, ...rest, properties: { ...target.properties, ...rest.properties },
      required: [...(target.required ?? []), ...(rest.required ?? [])] };
  }
  return n;
}

// Flattens a shape into "path" -> "required? kind [enum]" entries, e.g.
// "spans[].type" -> "required string enum:DATE|...".
function schemaShape(node, at = '', out = new Map(), required = true) {
  const n = resolve(node);
  let kind = n.type ?? (n.enum ? typeof n.enum[0] : n.properties ? 'object' : n.items ? 'array' : 'unknown');
  if (kind === 'integer') kind = 'number';
  if (at) out.set(at, `${required ? 'required' : 'optional'} ${kind}${n.enum ? ` enum:${[...n.enum].sort().join('|')}` : ''}`);
  if (kind === 'array') schemaShape(n.items, `${at}[]`, out);
  if (kind === 'object') {
    for (const [key, prop] of Object.entries(n.properties ?? {})) {
      schemaShape(prop, at ? `${at}.${key}` : key, out, (n.required ?? []).includes(key));
    }
  }
  return out;
}

function dtsShape() {
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(path.join(PKG, 'index.d.ts')));
  const documentSymbol = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Document');
  assert.ok(documentSymbol, 'index.d.ts exports interface Document');
  const out = new Map();
  const walk = (type, at, required) => {
    let t = checker.getNonNullableType(type);
    let kind;
    let values = null;
    if (t.flags & ts.TypeFlags.Boolean) kind = 'boolean';
    else if (checker.isArrayType(t)) kind = 'array';
    else if (t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral) || (t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.StringLiteral))) {
      kind = 'string';
      if (!(t.flags & ts.TypeFlags.String)) values = (t.isUnion() ? t.types : [t]).map((u) => u.value).sort();
    } else if (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) kind = 'number';
    else if (t.flags & ts.TypeFlags.Object) kind = 'object';
    else kind = checker.typeToString(t);
    if (at) out.set(at, `${required ? 'required' : 'optional'} ${kind}${values ? ` enum:${values.join('|')}` : ''}`);
    if (kind === 'array') walk(checker.getTypeArguments(t)[0], `${at}[]`, true);
    if (kind === 'object') {
      for (const prop of checker.getPropertiesOfType(t)) {
        const decl = prop.valueDeclaration ?? prop.declarations[0];
        walk(checker.getTypeOfSymbolAtLocation(prop, decl), at ? `${at}.${prop.name}` : prop.name,
          !(prop.flags & ts.SymbolFlags.Optional));
      }
    }
  };
  walk(checker.getDeclaredTypeOfSymbol(documentSymbol), '', true);
  return out;
}

test('every schema property is in index.d.ts at the same place, with the same kind, and vice versa', () => {
  const fromSchema = schemaShape(schema);
  const fromTypes = dtsShape();
  assert.ok(fromSchema.size > 40, `the schema has ${fromSchema.size} properties`);
  const problems = [];
  for (const [at, want] of fromSchema) {
    if (!fromTypes.has(at)) problems.push(`${at}: in the schema (${want}), not in index.d.ts`);
    else if (fromTypes.get(at) !== want) problems.push(`${at}: schema says ${want}, index.d.ts says ${fromTypes.get(at)}`);
  }
  for (const [at, have] of fromTypes) if (!fromSchema.has(at)) problems.push(`${at}: in index.d.ts (${have}), not in the schema`);
  assert.deepEqual(problems, []);
});

test('the chunk merger knows every offset and entity-id field of the schema', async () => {
  const { ENTITY_REFS, OFFSETS, TOKEN_REFS } = await import(pathToFileURL(path.join(PKG, 'chunks.js')).href);
  const refs = { '#/$defs/entityId': new Set(), '#/$defs/offset': new Set() };
  const visit = (node, key) => {
    if (Array.isArray(node)) { node.forEach((n) => visit(n, key)); return; }
    if (!node || typeof node !== 'object') return;
    if (key && refs[node.$ref]) refs[node.$ref].add(key);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties') for (const [name, prop] of Object.entries(v)) visit(prop, name);
      else visit(v, null);
    }
  };
  visit(schema, null);
  assert.deepEqual([...refs['#/$defs/entityId']].sort(), [...ENTITY_REFS].sort(), 'entity-id fields (chunks.js ENTITY_REFS)');
  // text_length is the whole text's, set by the merge itself.
  const offsets = [...refs['#/$defs/offset']].filter((k) => k !== 'text_length').sort();
  assert.deepEqual(offsets, [...OFFSETS, ...TOKEN_REFS].sort(), 'offset and token-index fields (chunks.js OFFSETS, TOKEN_REFS)');
});
