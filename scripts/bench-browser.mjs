// Time to first result: from navigation start until the free-allotment figure is in the
// DOM, served from loopback, median of several cold page loads.
import { serveDist, launch } from "../tests/e2e/support.mjs";

const runs = 7;
const site = await serveDist("/bench/");
const browser = await launch();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: "commit" });
  // Checked on every animation frame inside the page, so no round trip inflates it.
  const shown = await page.waitForFunction(
    () => document.querySelector('[data-testid="free-allotment"]') && performance.now(),
    null,
    { polling: "raf" },
  );
  times.push(await shown.jsonValue());
  await context.close();
}
await browser.close();
site.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)];
console.log("| measure | median | runs |");
console.log("|---|---:|---:|");
console.log(`| time to first result (navigation start → figures shown) | ${median.toFixed(0)} ms | ${runs} |`);
