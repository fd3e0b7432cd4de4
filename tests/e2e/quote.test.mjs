// The quote a sales engineer sends and the page an admin scans: counts mode, the quote
// sheet (copy, Markdown, CSV, print), keyboard order, light and dark.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { useSite, openPage, calculator, screenshot, axeScan } from "./support.mjs";

const { site, browser } = useSite("/tools/calc/");

/** Types into a field key by key, as a user does. */
async function typeInto(locator, text) {
  await locator.click();
  await locator.press("ControlOrMeta+a");
  await locator.press("Backspace");
  await locator.pressSequentially(String(text));
}

const FIGURES = ["accounts-needing-license", "accounts-removable", "paid-needed", "free-used"];

async function figures(calc) {
  const out = {};
  for (const id of FIGURES) out[id] = await calc.figure(id);
  return out;
}

test("counts mode gives the figures of the same tree opened from a file, in under ten actions", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  const calc = calculator(page);
  let actions = 0;
  await calc.byTest("example-empty").click(); actions++;
  await typeInto(calc.byTest("license-SPE_E5"), "600"); actions++;
  await calc.byTest("mode-counts").click(); actions++;
  await typeInto(calc.byTest("counts-auto-attendants"), "2"); actions++;
  await typeInto(calc.byTest("counts-call-queues"), "1"); actions++;
  await typeInto(calc.byTest("counts-numbers"), "3"); actions++;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await calc.byTest("copy-summary-text").click(); actions++;
  assert.ok(actions < 10, `a sendable quote took ${actions} actions`);
  await page.waitForFunction(() => document.querySelector('[data-testid="quote-status"]')?.textContent === "Copied.");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /Auto attendants: 2/);
  assert.match(text, /Call queues: 1/);
  assert.match(text, /3 × Teams Phone Resource Account licenses \(no cost\)/);

  await typeInto(calc.byTest("counts-nested"), "3");
  await typeInto(calc.byTest("counts-toll-free"), "1");
  await typeInto(calc.byTest("counts-dial-out"), "1");
  await calc.byTest("counts-dial-out").press("Tab");
  const counted = await figures(calc);
  assert.deepEqual(counted, { "accounts-needing-license": 6, "accounts-removable": 3, "paid-needed": 0, "free-used": 6 });
  assert.equal(await calc.byTest("paid-calling-plan").count(), 1, "the account that dials out needs a Calling Plan");
  assert.equal(await calc.byTest("paid-toll-free").count(), 1);

  // The tree shows what the counts made; nothing is lost going back and forth.
  await calc.byTest("mode-tree").click();
  assert.equal(await calc.nodes().count(), 6);
  await calc.byTest("mode-counts").click();
  assert.equal(await calc.byTest("counts-nested").inputValue(), "3");

  // The same tree, written by hand as a plan file.
  const ra = (name, number, extra = {}) => ({ displayName: name, ...(number ? { phoneNumber: number, numberType: "callingPlan" } : {}), ...extra });
  const cq = (name) => ({ kind: "callQueue", name, resourceAccounts: [ra(name)] });
  const plan = {
    format: "resource-account-plan", version: 2, rules: "2025", licenses: { SPE_E5: 600 },
    callFlows: [
      { kind: "autoAttendant", name: "Main", resourceAccounts: [ra("Main", "+14255550100", { tollFree: true, outboundCallerId: true })], children: [cq("A"), cq("C")] },
      { kind: "autoAttendant", name: "Branch", resourceAccounts: [ra("Branch", "+14255550101")], children: [cq("B")] },
      { kind: "callQueue", name: "Help", resourceAccounts: [ra("Help", "+14255550102")] },
    ],
  };
  await calc.byTest("import-file").setInputFiles({ name: "tree.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
  await page.waitForFunction(() => document.querySelector('[data-testid="counts-hand-made"]'));
  assert.deepEqual(await figures(calc), counted);
  assert.equal(await calc.byTest("counts-numbers").inputValue(), "3", "counts read from any tree");
  assert.deepEqual(problems, []);
  await context.close();
});

test("counts that cannot be built say why and keep the plan", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await calc.byTest("mode-counts").click();
  await typeInto(calc.byTest("counts-auto-attendants"), "2");
  await typeInto(calc.byTest("counts-numbers"), "5");
  assert.match(await calc.byTest("counts-error").textContent(), /At most 2 accounts can have a number/);
  assert.equal(await calc.figure("accounts-needing-license"), 2);
  await context.close();
});

test("quick entry adds toll-free numbers and moves its first number on", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await page.locator(".quick-entry > summary").click();
  await typeInto(calc.byTest("quick-count"), "3");
  await typeInto(calc.byTest("quick-first-number"), "+1 800 555 0100");
  await calc.byTest("quick-toll-free").check();
  await calc.byTest("quick-add").click();
  assert.equal(await calc.byTest("quick-first-number").inputValue(), "+18005550103");
  assert.equal(await calc.byTest("paid-toll-free").count(), 1);
  await calc.byTest("quick-add").click();
  assert.equal(await calc.figure("accounts-needing-license"), 6);
  assert.equal(await calc.byTest("warn-duplicate").count(), 0, "the second batch did not reuse the numbers");
  await context.close();
});

test("the printed quote is the sheet: at most two pages with every line item, warnings and the link", async () => {
  for (const example of ["example-contoso-2019", "example-contoso-nested-2025"]) {
    const { page, context, problems } = await openPage(browser, site.url);
    const calc = calculator(page);
    await calc.byTest(example).click();
    await calc.figure("accounts-needing-license");
    await page.waitForFunction(() => document.querySelector('[data-testid="share-link"]')?.dataset.pending === "false");
    const items = await calc.byTest("cost-line").evaluateAll((ls) => ls.map((l) => l.dataset.item));
    const warnings = await page.locator('[data-testid="warnings"] li').evaluateAll((ls) => ls.map((l) => l.dataset.testid));
    await page.emulateMedia({ media: "print" });
    const sheet = calc.byTest("quote-sheet");
    assert.equal(await sheet.isVisible(), true);
    assert.equal(await calc.byTest("call-flow-tree").isVisible(), false, "the editor is not printed");
    assert.equal(await page.locator("input:visible, select:visible, textarea:visible").count(), 0, "no input boxes");
    const printed = await sheet.locator('[data-testid="sheet-line"]').evaluateAll((ls) => ls.map((l) => l.dataset.item));
    assert.deepEqual(printed, items);
    for (const w of warnings) assert.equal(await sheet.locator(`[data-testid="${w}"]`).count(), 1, `warning ${w} on the sheet`);
    assert.match(await calc.byTest("sheet-link").textContent(), /#plan=/);
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${example}: ${pages} pages`);
    const letter = await page.pdf({ format: "Letter" });
    assert.ok((letter.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length <= 2);
    await screenshot(page, `quote-print-${example}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the quote copies as text and Markdown without over-escaping, and downloads as CSV", async () => {
  const { page, context } = await openPage(browser, site.url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const calc = calculator(page);
  await calc.byTest("example-contoso-2019").click();
  await typeInto(calc.byTest("currency"), "EUR");
  await typeInto(calc.byTest("price"), "10.50");
  await calc.byTest("price").press("Tab");
  assert.equal(await calc.byTest("cost-monthly").getAttribute("data-value"), "52.5");
  await calc.byTest("copy-summary-markdown").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="quote-status"]')?.textContent === "Copied.");
  const md = await page.evaluate(() => navigator.clipboard.readText());
  // The date as the reader writes it ("November 24, 2026" in an en-US browser).
  const today = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language, { dateStyle: "long" }).format(new Date()));
  assert.ok(md.includes(`Prepared ${today}`), md);
  assert.match(md, /\| Phone System \(Teams Phone Standard\) licenses \| 5 \| €10\.50 \| €52\.50 \|/);
  assert.ok(!md.includes("\\-") && !md.includes("\\."), "no over-escaping");
  assert.ok(!md.includes("8.00"), "the default price went away with the user's own");
  const [download] = await Promise.all([page.waitForEvent("download"), calc.byTest("download-quote-csv").click()]);
  const csv = await fs.readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("\uFEFFSection,Item,Quantity"), csv.slice(0, 60));
  assert.ok(csv.includes("Line items,Phone System (Teams Phone Standard) licenses,5,10.5,52.5,EUR"), csv);
  await context.close();
});

test("the result is reached within ten Tab presses, by a skip link", async () => {
  const { page, context } = await openPage(browser, site.url);
  await calculator(page).figure("accounts-needing-license");
  let presses = 0;
  let inResult = false;
  while (presses < 10 && !inResult) {
    await page.keyboard.press("Tab");
    presses++;
    const active = await page.evaluate(() => document.activeElement?.dataset.testid);
    if (active === "skip-to-result") {
      await page.keyboard.press("Enter");
      presses++;
    }
    inResult = await page.evaluate(() => !!document.activeElement?.closest("#result"));
  }
  assert.ok(inResult, `result not reached in ${presses} presses`);
  await context.close();
});

test("light and dark: axe finds nothing serious, the quote dialog included", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(site.url);
      const calc = calculator(page);
      await calc.figure("accounts-needing-license");
      await calc.byTest("example-contoso-2019").click();
      await calc.figure("paid-needed");
      await screenshot(page, `page-${colorScheme}-${width}`);
      let violations = (await axeScan(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(violations, [], `${colorScheme} ${width}: ${JSON.stringify(violations, null, 2)}`);
      await calc.byTest("show-quote").click();
      await calc.byTest("close-quote").waitFor();
      await screenshot(page, `quote-dialog-${colorScheme}-${width}`);
      violations = (await page.evaluate(async () => (await window.axe.run(document.querySelector("dialog"), { resultTypes: ["violations"] })).violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes[0]?.target }))))
        .filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(violations, [], `dialog ${colorScheme} ${width}: ${JSON.stringify(violations, null, 2)}`);
      await page.keyboard.press("Escape");
      await context.close();
    }
  }
});

test("the table view: one row per account, indented, edited on expand, far denser than the cards", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.byTest("example-contoso-nested-2025").click();
  await calc.figure("accounts-needing-license");
  const treeHeight = await calc.byTest("call-flow-tree").evaluate((e) => e.getBoundingClientRect().height);
  await calc.byTest("mode-table").click();
  const table = calc.byTest("call-flow-table");
  await table.waitFor();
  const rows = calc.byTest("flow-row");
  const treeRows = await calc.nodes().count();
  assert.equal(treeRows, 0, "one view at a time");
  const tableHeight = await table.evaluate((e) => e.getBoundingClientRect().height);
  console.log(`table ${tableHeight}px vs cards ${treeHeight}px`);
  assert.ok(tableHeight * 2.5 < treeHeight, `table ${tableHeight}px vs cards ${treeHeight}px`);
  const depths = await rows.evaluateAll((rs) => rs.map((r) => r.dataset.depth));
  assert.ok(depths.includes("1") && depths.includes("2"), "nested rows are indented");
  const edit = calc.byTest("flow-row-edit").first();
  assert.equal(await edit.getAttribute("aria-expanded"), "false");
  await edit.click();
  assert.equal(await edit.getAttribute("aria-expanded"), "true");
  const phone = page.locator('.flow-details [data-testid="account-phone"]');
  await typeInto(phone, "");
  await phone.press("Tab");
  await page.waitForFunction(() => !document.querySelector('[data-testid="flow-row"] .phone')?.textContent.includes("+1"));
  await calc.byTest("undo").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="flow-row"] .phone')?.textContent.includes("+1"));
  await screenshot(page, "table-view-1280");
  assert.deepEqual(problems, []);
  await context.close();
});
