// SPDX-License-Identifier: Apache-2.0
// Peer benchmark: chrono-node date parsing over a JSONL corpus ({"id","date","text"} per line),
// each text parsed with its own date as the reference. Prints one JSON line:
// {"tool","documents","bytes","seconds","mb_per_s","items"}. Run by scripts/bench.sh.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const path = process.argv[2];
const docs = fs.readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
let bytes = 0;
for (const d of docs) bytes += Buffer.byteLength(d.text || '', 'utf8');
const start = process.hrtime.bigint();
let items = 0;
for (const d of docs) {
  const ref = d.date ? new Date(d.date + 'T12:00:00Z') : new Date();
  items += chrono.parse(d.text || '', ref).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({tool: 'chrono-node', documents: docs.length, bytes, seconds,
                            mb_per_s: bytes / 1e6 / seconds, items}));
