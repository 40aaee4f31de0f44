// Reads the autocannon results of bench/load/run.sh and prints the Markdown table of issue #16.
//   node report.mjs <results-dir>
// <results-dir>/runs.tsv: mode TAB label TAB path TAB json-file, one line per measured page, in order of measurement;
// <results-dir>/modes.tsv: mode TAB column title.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
    console.error('usage: node report.mjs <results-dir>');
    process.exit(2);
}

const lines = (file) => existsSync(join(dir, file))
    ? readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t'))
    : [];

const modes = lines('modes.tsv').map(([id, title]) => ({ id, title }));
const runs = lines('runs.tsv').map(([mode, label, path, file]) => ({ mode, label, path, result: read(join(dir, file)) }));

function read(file) {
    try {
        // With --warmup, autocannon prints the warm-up's result first, then the run's (one JSON a line): the last line.
        return JSON.parse(readFileSync(file, 'utf8').trim().split('\n').pop());
    } catch (e) {
        return { failed: `${e.message}` };
    }
}

const number = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rps = (n) => n >= 100 ? number(n) : n >= 10 ? number(n, 1) : number(n, 2);
const ms = (n) => n === 0 ? '< 1 ms' : n >= 1000 ? `${number(n / 1000, 1)} s` : n >= 10 ? `${number(n)} ms` : `${number(n, 1)} ms`;

// autocannon: requests.average is the mean of its one-second samples; latency percentiles cover answered requests only;
// errors counts timeouts and connection errors, non2xx the answers with another status.
function summary(r) {
    const timeouts = r.timeouts ?? 0;
    const otherErrors = (r.errors ?? 0) - timeouts;
    const answered = (r['2xx'] ?? 0) + (r.non2xx ?? 0);
    return {
        rps: r.requests?.average ?? 0,
        answered,
        sent: r.requests?.sent ?? 0,
        p50: answered > 0 ? r.latency?.p50 : null,
        p99: answered > 0 ? r.latency?.p99 : null,
        non2xx: r.non2xx ?? 0,
        timeouts,
        otherErrors,
        statuses: Object.entries(r.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, s]) => `${s.count}×${code}`).join(', '),
    };
}

function errorsText(s) {
    const parts = [];
    if (s.non2xx > 0) parts.push(`${number(s.non2xx)} non-2xx (${s.statuses})`);
    if (s.timeouts > 0) parts.push(`${number(s.timeouts)} timeouts`);
    if (s.otherErrors > 0) parts.push(`${number(s.otherErrors)} errors`);
    return parts.join(', ');
}

const bare = Object.fromEntries(modes.map((m) => {
    const run = runs.find((r) => r.mode === m.id && r.label === 'bare');
    return [m.id, run && !run.result.failed ? summary(run.result).rps : null];
}));

function cell(run, mode) {
    if (!run) return 'not measured';
    if (run.result.failed) return `failed: ${run.result.failed}`;
    const s = summary(run.result);
    if (s.answered === 0) return `**no answer** (${[`${number(s.sent)} requests sent`, errorsText(s)].filter((t) => t).join(', ')})`;
    const percent = bare[mode] ? 100 * s.rps / bare[mode] : null;
    const share = run.label === 'bare' || percent === null ? ''
        : ` (${percent < 0.01 ? '< 0.01' : number(percent, percent < 1 ? 2 : 1)} % of bare)`;
    const errors = errorsText(s);
    return `${rps(s.rps)} rps${share}, p50 ${ms(s.p50)}, p99 ${ms(s.p99)}${errors ? `, **${errors}**` : ''}`;
}

const labels = [...new Set(runs.map((r) => r.label))];
const out = [];
out.push(`| page | ${modes.map((m) => m.title).join(' | ')} |`);
out.push(`| --- | ${modes.map(() => '---').join(' | ')} |`);
for (const label of labels) {
    const first = runs.find((r) => r.label === label);
    const name = label === 'bare' ? 'bare ASP.NET Core endpoint (`bench/Yincai.Bare`)' : `\`${first.path}\``;
    out.push(`| ${name} | ${modes.map((m) => cell(runs.find((r) => r.mode === m.id && r.label === label), m.id)).join(' | ')} |`);
}

// The figures themselves, for whoever compares runs by script.
out.push('');
out.push('| mode | page | rps | p50 ms | p99 ms | 2xx | non-2xx | timeouts | other errors |');
out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const run of runs) {
    if (run.result.failed) continue;
    const s = summary(run.result);
    out.push(`| ${run.mode} | ${run.label === 'bare' ? 'bare' : `\`${run.path}\``} | ${rps(s.rps)} | ${s.p50 ?? '–'} | ${s.p99 ?? '–'} | ${number(run.result['2xx'] ?? 0)} | ${number(s.non2xx)} | ${number(s.timeouts)} | ${number(s.otherErrors)} |`);
}
console.log(out.join('\n'));
