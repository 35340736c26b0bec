// bench_texts.cjs — extracts the text column of a comment CSV into a file with one text per line (newlines
// inside a text become spaces), for the scoring benchmark.  node bench_texts.cjs IN.csv OUT.txt
'use strict';
const fs = require('fs');
const Papa = require('papaparse');
const [, , input, output] = process.argv;
const out = fs.openSync(output, 'w');
let buf = [];
Papa.parse(fs.createReadStream(input), {
  header: true,
  skipEmptyLines: true,
  step: (row) => {
    buf.push(String(row.data.text || '').replace(/[\r\n]+/g, ' '));
    if (buf.length >= 10000) {
      fs.writeSync(out, buf.join('\n') + '\n');
      buf = [];
    }
  },
  complete: () => {
    if (buf.length) fs.writeSync(out, buf.join('\n') + '\n');
    fs.closeSync(out);
  },
});
