#!/usr/bin/env node
// Runs the benchmark scenarios under isohost and under Node.js worker_threads
// and prints one comparison table (or, with --json, the combined JSON).
//
//   node tools/bench/compare.js --isohost PATH [--size tiny|normal]
//        [--mode run|bench|auto] [--isohost-bench] [--node PATH]
//        [--budget-mb N] [--timeout SECONDS] [--json] [scenario...]
//
// For every scenario S (default: all), one after the other:
//   isohost, --mode run (default):  PATH run tools/bench/isohost/S.mjs --size X
//   isohost, --mode bench:          PATH bench S --json --size X
//     (--isohost-bench is short for --mode bench; --mode auto picks bench when
//     `PATH help` mentions a `bench` command, run otherwise)
//   Node.js:                        NODE tools/bench/node/S.js --size X
// --budget-mb N is passed on to the "scale" scenario only.
// Each run must exit 0 and print one JSON line on stdout:
//   {"scenario","runtime","size","metrics":[{"name","unit","value","better"}]}
// Its '#progress F' lines on stderr are shown as a progress line when stderr
// is a terminal; any other stderr line is passed through, prefixed.
// ratio > 1 means isohost is better: node/isohost for lower-is-better
// metrics, isohost/node for higher-is-better ones.
// Exit status: 0 if every run succeeded, 1 otherwise (the table is printed
// either way), 2 on bad usage.
'use strict';
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const SCENARIOS = ['startup', 'pingpong', 'throughput', 'clone', 'memory', 'scale', 'modules'];

function usage(msg) {
  if (msg) process.stderr.write('compare.js: ' + msg + '\n');
  process.stderr.write(
    'usage: node tools/bench/compare.js --isohost PATH [--size tiny|normal]\n' +
    '       [--mode run|bench|auto] [--isohost-bench] [--node PATH] [--budget-mb N]\n' +
    '       [--timeout SECONDS] [--json] [scenario...]\n' +
    'scenarios: ' + SCENARIOS.join(' ') + '\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { isohost: null, node: process.execPath, size: 'normal', mode: 'run', json: false,
              budgetMb: null, timeout: 300, scenarios: [] };
  const takesValue = new Set(['--isohost', '--node', '--size', '--mode', '--budget-mb', '--timeout']);
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    if (takesValue.has(a) && v === undefined) {
      if (i + 1 >= argv.length) usage(a + ' needs a value');
      v = argv[++i];
    }
    switch (a) {
      case '--isohost': o.isohost = v; break;
      case '--node': o.node = v; break;
      case '--size': o.size = v; break;
      case '--mode': o.mode = v; break;
      case '--isohost-bench': o.mode = 'bench'; break;
      case '--budget-mb': o.budgetMb = v; break;
      case '--timeout': o.timeout = Number(v); break;
      case '--json': o.json = true; break;
      case '-h': case '--help': usage();
      default:
        if (a.startsWith('-')) usage('unknown option ' + a);
        if (!SCENARIOS.includes(a)) usage('unknown scenario ' + a);
        o.scenarios.push(a);
    }
  }
  if (!o.isohost) usage('--isohost PATH is required');
  if (o.size !== 'tiny' && o.size !== 'normal') usage('--size must be tiny or normal');
  if (!['run', 'bench', 'auto'].includes(o.mode)) usage('--mode must be run, bench or auto');
  if (!(o.timeout > 0)) usage('--timeout must be a positive number of seconds');
  if (o.scenarios.length === 0) o.scenarios = SCENARIOS.slice();
  o.isohost = path.resolve(o.isohost);
  return o;
}

function detectMode(bin) {
  const r = spawnSync(bin, ['help'], { encoding: 'utf8', timeout: 10000 });
  const text = (r.stdout || '') + (r.stderr || '');
  return /^\s*bench\b/m.test(text) ? 'bench' : 'run';
}

const showProgress = process.stderr.isTTY;
function progressLine(label, f) {
  if (!showProgress) return;
  process.stderr.write('\r\x1b[K' + label + ' ' + Math.round(f * 100) + '%');
}

// Runs one scenario script; resolves to {result} or {error}.
function runOne(label, cmd, args, expect, timeoutSec) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errBuf = '';
    const errTail = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSec * 1000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => {
      errBuf += d;
      let nl;
      while ((nl = errBuf.indexOf('\n')) >= 0) {
        const line = errBuf.slice(0, nl);
        errBuf = errBuf.slice(nl + 1);
        const m = /^#progress\s+([0-9.]+)\s*$/.exec(line);
        if (m) { progressLine(label, Number(m[1])); continue; }
        if (showProgress) process.stderr.write('\r\x1b[K');
        process.stderr.write('[' + label + '] ' + line + '\n');
        errTail.push(line);
        if (errTail.length > 20) errTail.shift();
      }
    });
    child.on('error', (e) => { clearTimeout(timer); resolve({ error: 'cannot start ' + cmd + ': ' + e.message }); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (showProgress) process.stderr.write('\r\x1b[K');
      if (errBuf) process.stderr.write('[' + label + '] ' + errBuf + '\n');
      if (timedOut) return resolve({ error: 'timed out after ' + timeoutSec + ' s' });
      if (code !== 0) {
        return resolve({ error: 'exit ' + (signal ? 'signal ' + signal : 'code ' + code) +
                                (errTail.length ? ': ' + (errTail.find((l) => /error/i.test(l)) || errTail[0]).trim() : '') });
      }
      const lines = out.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      if (lines.length !== 1) {
        process.stderr.write('[' + label + '] warning: expected 1 stdout line, got ' + lines.length + '\n');
      }
      let result = null;
      for (let i = lines.length - 1; i >= 0 && !result; i--) {
        if (!lines[i].startsWith('{')) continue;
        try { result = JSON.parse(lines[i]); } catch (e) { /* keep looking */ }
      }
      if (!result || !Array.isArray(result.metrics)) return resolve({ error: 'no JSON result on stdout' });
      for (const k of ['scenario', 'runtime', 'size']) {
        if (result[k] !== expect[k]) {
          return resolve({ error: `result has ${k} ${JSON.stringify(result[k])}, expected ${JSON.stringify(expect[k])}` });
        }
      }
      resolve({ result });
    });
  });
}

function ratioOf(m, iso, node) {
  if (!(iso > 0) || !(node > 0)) return null;
  return m.better === 'lower' ? node / iso : iso / node;
}

function ratioLabel(r) {
  if (r === null) return 'n/a';
  return r >= 1 ? r.toFixed(2) + 'x better' : r.toFixed(2) + 'x (worse)';
}

function fmt(v) {
  if (v === undefined || v === null) return '-';
  if (typeof v !== 'number') return String(v);
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  if (a === 0) return '0';
  return Number(v.toPrecision(3)).toString();
}

function buildRows(scenario, iso, node) {
  const rows = [];
  const names = [];
  for (const r of [iso, node]) {
    if (!r) continue;
    for (const m of r.metrics) if (!names.includes(m.name)) names.push(m.name);
  }
  for (const name of names) {
    const mi = iso && iso.metrics.find((m) => m.name === name);
    const mn = node && node.metrics.find((m) => m.name === name);
    const m = mi || mn;
    const vi = mi ? mi.value : null;
    const vn = mn ? mn.value : null;
    const ratio = ratioOf(m, vi, vn);
    rows.push({ scenario, metric: name, unit: m.unit, better: m.better, isohost: vi, node: vn,
                ratio: ratio === null ? null : Number(ratio.toPrecision(4)) });
  }
  return rows;
}

function table(allRows) {
  const head = ['scenario', 'metric', 'unit', 'isohost', 'node', 'ratio'];
  const body = allRows.map((r) => [r.scenario, r.metric, r.unit, r.isohostText || fmt(r.isohost),
                                   r.nodeText || fmt(r.node), r.ratioText || ratioLabel(r.ratio)]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const right = [false, false, false, true, true, true];
  const line = (cells) => '| ' + cells.map((c, i) => (right[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ') + ' |';
  const sep = '|' + w.map((n, i) => (right[i] ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|') + '|';
  return [line(head), sep, ...body.map(line)].join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(o.isohost)) usage('no such file: ' + o.isohost);
  const mode = o.mode === 'auto' ? detectMode(o.isohost) : o.mode;
  const here = __dirname;
  const combined = { size: o.size, mode, isohost: o.isohost, node: o.node, nodeVersion: null,
                     date: new Date().toISOString(), scenarios: [] };
  const v = spawnSync(o.node, ['--version'], { encoding: 'utf8' });
  combined.nodeVersion = (v.stdout || '').trim() || null;
  let failed = false;
  const allRows = [];
  for (const s of o.scenarios) {
    const extra = s === 'scale' && o.budgetMb !== null ? ['--budget-mb', String(o.budgetMb)] : [];
    let scriptDir = path.join(here, 'isohost');
    let graphDir = null;
    if (s === 'modules' && mode !== 'bench') {
      // `isohost bench` writes the module graph next to its scripts; for
      // `run`, the scripts and the graph go into a temporary folder (the
      // graph must be below the script's root).
      graphDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'isohost-graph-'));
      require('./node/module_graph.js').writeGraph(path.join(graphDir, 'graph'));
      for (const f of ['modules.mjs', 'modules_worker.mjs', 'common.mjs']) {
        fs.copyFileSync(path.join(scriptDir, f), path.join(graphDir, f));
      }
      scriptDir = graphDir;
    }
    const isoArgs = mode === 'bench'
      ? ['bench', s, '--json', '--size', o.size, ...extra]
      : ['run', path.join(scriptDir, s + '.mjs'), '--size', o.size, ...extra];
    const nodeArgs = [path.join(here, 'node', s + '.js'), '--size', o.size, ...extra];
    const iso = await runOne(s + ' isohost', o.isohost, isoArgs,
                             { scenario: s, runtime: 'isohost', size: o.size }, o.timeout);
    const node = await runOne(s + ' node', o.node, nodeArgs,
                              { scenario: s, runtime: 'node', size: o.size }, o.timeout);
    if (graphDir !== null) fs.rmSync(graphDir, { recursive: true, force: true });
    const entry = { scenario: s, isohost: iso.result || null, node: node.result || null, errors: {}, rows: [] };
    if (iso.error) { entry.errors.isohost = iso.error; failed = true; }
    if (node.error) { entry.errors.node = node.error; failed = true; }
    entry.rows = buildRows(s, entry.isohost, entry.node);
    if (entry.rows.length === 0) {
      entry.rows.push({ scenario: s, metric: '(failed)', unit: '', better: null, isohost: null, node: null,
                        ratio: null, isohostText: iso.error ? 'error' : '-', nodeText: node.error ? 'error' : '-' });
    } else {
      for (const r of entry.rows) {
        if (iso.error) r.isohostText = 'error';
        if (node.error) r.nodeText = 'error';
      }
    }
    for (const [who, err] of Object.entries(entry.errors)) process.stderr.write(`${s} ${who}: ${err}\n`);
    combined.scenarios.push(entry);
    allRows.push(...entry.rows);
  }
  if (o.json) {
    for (const e of combined.scenarios) {
      for (const r of e.rows) { delete r.isohostText; delete r.nodeText; delete r.ratioText; }
    }
    process.stdout.write(JSON.stringify(combined, null, 2) + '\n');
  } else {
    process.stdout.write(`size: ${o.size}, isohost mode: ${mode}, node ${combined.nodeVersion}; ` +
                         'ratio > 1 means isohost is better\n\n');
    process.stdout.write(table(allRows) + '\n');
  }
  process.exitCode = failed ? 1 : 0;
}

main();
