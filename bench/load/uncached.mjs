// Keyword searches past the page cache, for bench/load/run.sh: every request asks for another keyword of a list (and a
// distinct `t`, which the public-page cache keys on), so the app searches each time, as for a crowd typing its own words.
//   node uncached.mjs <url-prefix> <keywords-file> <connections> <duration-s> <warmup-s> <timeout-s> [accept-encoding]
// <url-prefix> ends where the keyword goes (http://host/Jobs?q=); prints autocannon's JSON result of the run (one line),
// like `autocannon -j`.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [prefix, keywordsFile, connections, duration, warmup, timeout, encoding] = process.argv.slice(2);
const keywords = readFileSync(keywordsFile, 'utf8').split('\n').map((k) => k.trim()).filter((k) => k !== '');
if (!prefix || keywords.length === 0) {
    console.error('usage: node uncached.mjs <url-prefix> <keywords-file> <connections> <duration-s> <warmup-s> <timeout-s> [accept-encoding]');
    process.exit(2);
}
const url = new URL(prefix);
const path = url.pathname + url.search;
let n = 0;
const run = (seconds) => autocannon({
    url: url.origin,
    connections: Number(connections),
    duration: Number(seconds),
    timeout: Number(timeout),
    headers: encoding ? { 'accept-encoding': encoding } : {},
    requests: [{
        setupRequest: (request) => {
            const i = n++;
            request.path = `${path}${encodeURIComponent(keywords[i % keywords.length])}&t=${i}`;
            return request;
        },
    }],
});

if (Number(warmup) > 0) await run(warmup);
const result = await run(duration);
console.log(JSON.stringify(result));
