// In Chromium: time to first result, and update latency with a 20,000-account plan.
// Every time is taken inside the page (performance.now, checked each animation frame),
// so no test-driver round trip inflates it. Medians of several runs.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveDist, launch } from "../tests/e2e/support.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const site = await serveDist("/bench/");
const browser = await launch();

const first = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: "commit" });
  const shown = await page.waitForFunction(
    () => document.querySelector('[data-testid="free-allotment"]') && performance.now(),
    null,
    { polling: "raf" },
  );
  first.push(await shown.jsonValue());
  await context.close();
}

// Update latency: import 20,000 accounts, then change a license count and a name.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(site.url);
await page.locator('[data-testid="free-allotment"]').waitFor();
const t0 = Date.now();
await page.locator('[data-testid="import-file"]').setInputFiles(path.join(root, "bench-results/plan-20000.json"));
await page.waitForFunction(() => document.querySelector('[data-testid="accounts-needing-license"]')?.dataset.value === "20000", null, { timeout: 60000 });
const importMs = Date.now() - t0;

async function latency(selector, values, watch) {
  return page.evaluate(async ({ selector, values, watch }) => {
    const times = [];
    for (const v of values) {
      const el = document.querySelector(selector);
      const fig = document.querySelector(watch);
      const before = fig.dataset.value + "|" + fig.textContent;
      const start = performance.now();
      el.value = v;
      el.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => {
        // Resolves when the watched element changed; gives up after 10 s so a run cannot hang.
        const check = () => ((fig.dataset.value + "|" + fig.textContent) !== before || performance.now() - start > 10000 ? resolve() : requestAnimationFrame(check));
        check();
      });
      times.push(performance.now() - start);
    }
    return times;
  }, { selector, values, watch });
}
const licenseTimes = await latency('[data-testid="license-MCOEV"]', ["10", "20", "30", "40", "50", "60", "70"], '[data-testid="qualifying-licenses"]');
// Alternating invalid and valid numbers, so the field's own message changes every time.
const nameTimes = await latency('[data-testid="account-phone"]', ["+1 425", "+1 425 555 9001", "+1 42", "+1 425 555 9002", "+1 4", "+1 425 555 9003"], '[data-testid="phone-error"]');
await context.close();
await browser.close();
site.close();

console.log("| measure | median | runs |");
console.log("|---|---:|---:|");
console.log(`| time to first result (navigation start → figures shown) | ${median(first).toFixed(0)} ms | ${first.length} |`);
console.log(`| open a 20,000-account plan file (file chosen → figures shown) | ${importMs} ms | 1 |`);
console.log(`| update latency, 20,000 accounts: license count typed → figures updated | ${median(licenseTimes).toFixed(0)} ms | ${licenseTimes.length} |`);
console.log(`| update latency, 20,000 accounts: phone number typed → result updated | ${median(nameTimes).toFixed(0)} ms | ${nameTimes.length} |`);
