// Run as a child process by tests/arxiv-memory.e2e.test.ts, so that its peak memory is its own: asks
// the API at argv[2] for argv[3] pages of 200 with the production caps, and prints how each ended
// and the process's peak resident memory in MB.
import { ArxivClient } from '../../src/arxiv/arxiv-client.js';

const [apiUrl = '', pages = '1'] = process.argv.slice(2);
const quiet = () => undefined;
const client = new ArxivClient({
  apiUrl,
  log: { error: quiet, warn: quiet, info: quiet },
  minIntervalMs: 10,
  retries: 0,
});
const outcomes: string[] = [];
for (let i = 0; i < Number(pages); i++) {
  try {
    const page = await client.page('au:Mahajan', 0, 200);
    outcomes.push(`${page.papers.length} papers, ${page.problems.length} problems`);
  } catch (err) {
    outcomes.push((err as Error).message);
  }
}
process.stdout.write(JSON.stringify({ outcomes, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
