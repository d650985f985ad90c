// scripts/check-tools: scripts/test and scripts/serve stop with one clear line
// per missing or too-old tool, never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { sourceDir } from './lib/env.mjs';

const script = path.join(sourceDir, 'scripts/check-tools');

// A PATH of links to this machine's tools and basic utilities, except that
// `name` prints `version`, or is absent when version is null.
const utilities = ['sh', 'bash', 'env', 'cat', 'dirname', 'basename', 'sed', 'awk', 'grep', 'head', 'sort', 'tr',
  'cut', 'readlink', 'uname', 'id', 'ls', 'mkdir', 'which', 'expr', 'test', 'printf'];
const tools = ['node', 'npm', 'cmake', 'emcc', 'python3', 'chromium', 'clang'];
function pathWith(name, version) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resalta-tools-'));
  for (const tool of [...tools, ...utilities]) {
    const real = spawnSync('sh', ['-c', `command -v ${tool}`]).stdout.toString().trim();
    if (tool === name) {
      if (version !== null) fs.writeFileSync(path.join(dir, tool), `#!/bin/sh\necho "${tool} version ${version}"\n`, { mode: 0o755 });
    } else if (real.startsWith('/')) {
      fs.symlinkSync(real, path.join(dir, tool));
    }
  }
  return dir;
}

function check(env, args = []) {
  const r = spawnSync('bash', [script, ...args], { env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr.toString() };
}

test('the machine running the suites has every tool', () => {
  const r = check({});
  assert.equal(r.status, 0, r.stderr);
});

for (const [tool, old] of [['node', '16.20.2'], ['cmake', '3.13.4'], ['emcc', '2.0.12'], ['chromium', '90.0.4430']]) {
  test(`${tool} too old: one line naming it and the minimum`, () => {
    const r = check({ PATH: pathWith(tool, old) });
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^check-tools: ${tool} ${old.replace(/\./g, '\\.')} is too old \\(need >= [0-9.]+\\): .+$`, 'm'));
    assert.doesNotMatch(r.stderr, /at .+:\d+:\d+|Traceback|Error:/);
  });
}

for (const tool of ['node', 'emcc', 'chromium']) {
  test(`${tool} missing: one line naming it`, () => {
    const r = check({ PATH: pathWith(tool, null) });
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^check-tools: ${tool} is missing \\(need >= [0-9.]+\\): .+$`, 'm'));
  });
}

test('serve needs no chromium', () => {
  const r = check({ PATH: pathWith('chromium', null) }, ['--for', 'serve']);
  assert.equal(r.status, 0, r.stderr);
});
