// "Read my tenant" as an admin uses it: copy the read-only script, open the snapshot it
// wrote (picker, drop, paste), see the figures and the findings; a bad snapshot changes
// nothing; a newer snapshot of the same tenant says what changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { useSite, openPage, calculator, screenshot, distDir } from "./support.mjs";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/tenant");
const { site, browser } = useSite("/wiki/tools/calc/");

const snapshot = (name) => fs.readFile(path.join(fixtures, name));

async function openPanel(calc) {
  const panel = calc.byTest("read-tenant");
  await panel.locator("summary").click();
  await calc.byTest("tenant-script").waitFor();
  return panel;
}

async function findings(calc) {
  await calc.byTest("tenant-findings").waitFor();
  return calc.byTest("tenant-finding").allTextContents();
}

test("the panel's script is read-only and can be copied", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
  const calc = calculator(page);
  await openPanel(calc);
  const shown = await calc.byTest("tenant-script").textContent();
  assert.match(shown, /teams-tenant-snapshot/);
  assert.match(shown, /Get-CsAutoAttendant/);
  assert.doesNotMatch(shown, /\b(Set|New-Cs|Remove|Grant|Update|Add)-[A-Z]/, "nothing that writes");
  await calc.byTest("copy-tenant-script").click();
  await calc.byTest("tenant-script-status").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shown);
  const file = await fs.readFile(path.join(distDir, "script/read-tenant.ps1"), "utf8");
  assert.equal(copied, file, "the page copies the script the site serves");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a snapshot opened with the picker becomes the plan, with its figures and findings", async () => {
  const { page, context, problems, requests } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.byTest("import-file").setInputFiles({
    name: "teams-tenant-snapshot.json", mimeType: "application/json", buffer: await snapshot("03_unassociated_ra.json"),
  });
  const found = await findings(calc);
  // The README's findings for this tenant, each with the place that shows it.
  assert.ok(found.some((f) => /Compliance recording bot/.test(f) && /another app/.test(f)), found.join("\n"));
  assert.ok(found.some((f) => /Spare AA account/.test(f) && /not associated/.test(f)));
  assert.ok(found.some((f) => /Main line › Default call flow › Tone2/.test(f) && /Old Sales queue/.test(f)));
  assert.ok(found.some((f) => /Orphan queue/.test(f) && /reached by no phone number/.test(f)));
  assert.match(await calc.byTest("tenant-summary").textContent(), /1 auto attendant, 2 call queues, 3 resource accounts/);
  // Five AAs/CQs (the unassociated accounts as their own), under the 2025 rules.
  assert.equal(await calc.nodes().count(), 5);
  assert.equal(await calc.byTest("rules-edition").inputValue(), "2025");
  assert.equal(await calc.figure("accounts-needing-license"), 3);
  assert.equal(await calc.byTest("license-PHONESYSTEM_VIRTUALUSER").inputValue(), "4");
  // The plan stays editable: rename an AA, and the figures follow a new account.
  const name = calc.byTest("node-name").first();
  await name.click();
  await name.press("End");
  await name.pressSequentially(" (HQ)");
  assert.equal(await name.inputValue(), "Main line (HQ)");
  await screenshot(page, "tenant-imported-1280");
  assert.ok(requests.every((u) => u.startsWith(site.origin)), "nothing leaves the page's origin");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a dropped snapshot and a pasted one open the same way", async () => {
  const { page, context, problems } = await openPage(browser, site.url, { width: 390, height: 844 });
  const calc = calculator(page);
  const bytes = await snapshot("01_nested_basic.json");
  // Drop: a DataTransfer with the file, dispatched on the page.
  await page.evaluate(async (text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "teams-tenant-snapshot.json", { type: "application/json" }));
    const target = document.querySelector("main");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes.toString("utf8"));
  let found = await findings(calc);
  assert.ok(found.some((f) => /Support Queue/.test(f) && /no license/.test(f)), found.join("\n"));
  assert.equal(await calc.nodes().count(), 4);
  await screenshot(page, "tenant-imported-390");

  // Paste the other example into the panel.
  await calc.byTest("example-empty").click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="tenant-findings"]'));
  await openPanel(calc);
  const area = calc.byTest("tenant-paste");
  await area.fill((await snapshot("04_number_types.json")).toString("utf8"));
  await calc.byTest("tenant-paste-open").click();
  found = await findings(calc);
  assert.ok(found.some((f) => /HQ \(Direct Routing\)/.test(f) && /Teams Phone Standard/.test(f)), found.join("\n"));
  assert.equal(await calc.nodes().count(), 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a bad snapshot leaves the plan as it was and says what and where", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  const before = await calc.figure("accounts-needing-license");
  // The editor is built just after the figures are painted.
  await page.locator("main.inputs:not([aria-busy])").waitFor();
  const nodes = await calc.nodes().count();
  const good = JSON.parse((await snapshot("01_nested_basic.json")).toString("utf8"));
  // Written with the default ConvertTo-Json depth: targets became type names.
  good.autoAttendants[0].callFlows[0].menuOptions[1].target = "Microsoft.Rtc.Management.Hosted.OAA.Models.CallableEntity";
  await calc.byTest("import-file").setInputFiles({ name: "shallow.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(good, null, 2)) });
  const error = calc.byTest("import-error");
  await error.waitFor({ state: "visible" });
  let text = await error.textContent();
  assert.match(text, /shallow\.json/);
  assert.match(text, /too little depth/);
  assert.match(text, /autoAttendants\[0\]\.callFlows\[0\]\.menuOptions\[1\]\.target/);
  // Cut short.
  const whole = (await snapshot("04_number_types.json")).toString("utf8");
  await calc.byTest("import-file").setInputFiles({ name: "cut.json", mimeType: "application/json", buffer: Buffer.from(whole.slice(0, 900)) });
  await page.waitForFunction(() => /cut\.json/.test(document.querySelector('[data-testid="import-error"]').textContent));
  text = await error.textContent();
  assert.match(text, /ends too early/);
  assert.equal(await calc.figure("accounts-needing-license"), before);
  assert.equal(await calc.nodes().count(), nodes);
  assert.equal(await calc.byTest("tenant-findings").count(), 0);
  await context.close();
});

test("UTF-16 from Windows PowerShell 5.1 opens, and a newer snapshot says what changed", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  const calc = calculator(page);
  const text = (await snapshot("01_nested_basic.json")).toString("utf8");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  await calc.byTest("import-file").setInputFiles({ name: "out-file.json", mimeType: "application/json", buffer: utf16 });
  await findings(calc);
  assert.equal(await calc.nodes().count(), 4);
  const newer = JSON.parse(text);
  newer.licenses["cq-support@contoso.com"] = ["PHONESYSTEM_VIRTUALUSER"];
  newer.callQueues[0].name = "Sales EMEA";
  await calc.byTest("import-file").setInputFiles({ name: "later.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(newer)) });
  await calc.byTest("tenant-changes").waitFor();
  const changes = await calc.byTest("tenant-change").allTextContents();
  assert.ok(changes.some((c) => /New: Sales EMEA/.test(c)), changes.join("\n"));
  assert.ok(changes.some((c) => /Support Queue: license/.test(c)), changes.join("\n"));
  // One undo goes back to the first import.
  await calc.byTest("undo").click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="node-name"]')].some((e) => e.value === "Sales"));
  assert.deepEqual(problems, []);
  await context.close();
});
