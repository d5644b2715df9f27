// Uncached server-side time of the index's reads, in process: the same calls the
// index page makes when nothing is cached (facets, parse, one page), N times each,
// against the database in DATABASE_URL. Prints JSON: { case: median ms }.
//   tsx --conditions=react-server scripts/bench/render-time.ts [iterations]
import { db } from "@/lib/db";
import { catalogKeys, findNoticePage, indexFacets } from "@/lib/notices/listing/listing";
import { parseIndexQuery, type SearchParams } from "@/lib/notices/listing/query";

export const cases: Record<string, SearchParams> = {
  index: {},
  "index page 40": { page: "40" },
  filtered: { service: "webcollect", kind: "SCHEDULED", year: "2019" },
  "search 本与信": { q: "本与信" },
  "search settleMethod": { q: "settleMethod" },
  "search メンテナンス (every notice)": { q: "メンテナンス" },
};

async function renderData(params: SearchParams) {
  const facets = await indexFacets();
  const { query } = parseIndexQuery(params, catalogKeys(facets));
  return findNoticePage(query);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main() {
  const iterations = Number(process.argv[2] ?? 100);
  const results: Record<string, { medianMs: number; total: number }> = {};
  for (const [name, params] of Object.entries(cases)) {
    for (let i = 0; i < 10; i++) await renderData(params); // warm the pool and PostgreSQL's caches
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      total = (await renderData(params)).total;
      times.push(performance.now() - started);
    }
    results[name] = { medianMs: median(times), total };
  }
  console.log(JSON.stringify(results));
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
