// One load run: `connections` concurrent keep-alive connections for `seconds`.
// autocannon (npm) by default; wrk when BENCH_TOOL=wrk and it is installed (a C
// client generates more load than one Node process, which matters for nginx).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import autocannon from "autocannon";

const exec = promisify(execFile);

export const loadTool = () => (process.env.BENCH_TOOL === "wrk" ? "wrk" : "autocannon");

async function withWrk(url, { connections, seconds }) {
  const { stdout } = await exec("wrk", ["-t", "1", "-c", String(connections), "-d", `${seconds}s`, "--latency", url], { maxBuffer: 1 << 20 });
  const number = (re) => Number(stdout.match(re)?.[1]);
  const ms = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);
  const p99 = stdout.match(/99%\s+([\d.]+)(us|ms|s)/);
  const p50 = stdout.match(/50%\s+([\d.]+)(us|ms|s)/);
  const non2xx = number(/Non-2xx or 3xx responses:\s+(\d+)/) || 0;
  const errors = (stdout.match(/Socket errors:.*/)?.[0].match(/\d+/g) ?? []).reduce((s, n) => s + Number(n), 0);
  // wrk counts no statuses: `statuses` is null
  return { rps: number(/Requests\/sec:\s+([\d.]+)/), p50Ms: p50 ? ms(p50[1], p50[2]) : NaN, p99Ms: p99 ? ms(p99[1], p99[2]) : NaN, non2xx, errors, requests: number(/(\d+) requests in/), statuses: null };
}

async function withAutocannon(url, { connections, seconds }) {
  const result = await autocannon({ url, connections, duration: seconds });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]));
  return { rps: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, requests: result.requests.total, statuses };
}

export function load(url, options) {
  return loadTool() === "wrk" ? withWrk(url, options) : withAutocannon(url, options);
}
