// SPDX-License-Identifier: Apache-2.0
// Peer benchmark: wink-nlp with its English lite model, named entities per document, over a JSONL
// corpus. Prints one JSON line like chrono_bench.js. Run by scripts/bench.sh.
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const path = process.argv[2];
const docs = fs.readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
let bytes = 0;
for (const d of docs) bytes += Buffer.byteLength(d.text || '', 'utf8');
const start = process.hrtime.bigint();
let items = 0;
for (const d of docs) items += nlp.readDoc(d.text || '').entities().out().length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({tool: 'wink-nlp', documents: docs.length, bytes, seconds,
                            mb_per_s: bytes / 1e6 / seconds, items}));
