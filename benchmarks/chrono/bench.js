// Times chrono-node's parse() over the articles of a JSONL file ([text, "YYYY-MM-DD" or null] per line),
// each parsed against its publication date. Prints one JSON line: articles, characters, results and the
// seconds of each round (start-up and a warm-up round excluded), for benchmarks/bench.py to report.
"use strict";
const fs = require("fs");
const chrono = require("chrono-node");

const [file, rounds = "5"] = process.argv.slice(2);
const docs = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l))
  .map(([text, dct]) => [text, new Date(dct || "2000-01-01")]);
const pass = () => docs.reduce((n, [text, ref]) => n + chrono.parse(text, ref).length, 0);
pass();  // warm-up: the JIT compiles chrono's patterns
const times = [];
let found = 0;
for (let r = 0; r < Number(rounds); r++) {
  const t0 = process.hrtime.bigint();
  found = pass();
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const chars = docs.reduce((n, [text]) => n + text.length, 0);
console.log(JSON.stringify({ articles: docs.length, chars, found, times, version: JSON.parse(fs.readFileSync(`${__dirname}/node_modules/chrono-node/package.json`, "utf8")).version }));
