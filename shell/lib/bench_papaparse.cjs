// bench_papaparse.cjs FILE — parse FILE with Papa Parse (parse only: no typing, no normalisation) and print
// {"parse_ms", "rows", "bytes"} as JSON. The file is read before the clock starts, like `analyze`'s
// timings_ms.import. Run by shell/lib/bench_import.cjs under /usr/bin/time -v for the peak memory.
'use strict';
const fs = require('fs');
const path = require('path');
const modules = process.env.STORMVAKT_NODE_MODULES || path.join(__dirname, '..', '..', '.node', 'node_modules');
const Papa = require(path.join(modules, 'papaparse'));
const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const t0 = process.hrtime.bigint();
const result = Papa.parse(text, {header: false, skipEmptyLines: true});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({parse_ms: ms, rows: result.data.length - 1, bytes: Buffer.byteLength(text)}) + '\n');
