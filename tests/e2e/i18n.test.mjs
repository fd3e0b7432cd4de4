// Five languages: each reader gets the same answer in their own language, chosen by the
// browser, the switcher, ?lang= or a shared link, with the numbers written their way.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { useSite, openPage, screenshot, distDir } from "./support.mjs";

const { site, browser } = useSite("/intranet/outils/calc/");
let english;
before(async () => {
  english = JSON.parse(await fs.readFile(path.join(distDir, "..", "src/i18n/en.json"), "utf8"));
});

/** Each language, and a browser language that must pick it. */
const LANGS = [
  { tag: "en", browser: "en-GB" },
  { tag: "zh-TW", browser: "zh-HK" },
  { tag: "zh-CN", browser: "zh-SG" },
  { tag: "fr-FR", browser: "fr-CA" },
  { tag: "it-IT", browser: "it-CH" },
];
const FIGURES = [
  "qualifying-licenses", "free-allotment", "accounts-needing-license", "accounts-without-license-need",
  "free-used", "paid-needed", "licenses-to-cover-all", "accounts-removable",
];

async function open(url, { locale = "en-US", width = 1280 } = {}) {
  const opened = await openPage(browser, url, { width, height: 900 }, { locale });
  await opened.page.locator('[data-testid="free-allotment"]').waitFor();
  return opened;
}

const byTest = (page, id) => page.locator(`[data-testid="${id}"]`);
const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
async function figures(page) {
  const out = {};
  for (const id of FIGURES) out[id] = Number(await byTest(page, id).getAttribute("data-value"));
  return out;
}

/** Contract names Microsoft keeps in English in every language. */
const KEPT = ["channel.enterpriseAgreement", "channel.customerAgreement"];

/** English sentences of the catalog (no arguments, several words) found on the page. */
function englishLeftovers(text) {
  return Object.entries(english)
    .filter(([k, v]) => !KEPT.includes(k) && !v.includes("{") && v.length > 24 && v.split(" ").length > 3)
    .filter(([, v]) => text.includes(v))
    .map(([k]) => k);
}

test("every language shows the Contoso example with the same figures, in its own words and numbers", async () => {
  let reference;
  for (const { tag, browser: locale } of LANGS) {
    const { page, context, problems, requests } = await open(site.url, { locale });
    assert.equal(await htmlLang(page), tag, `a ${locale} browser opens in ${tag}`);
    assert.equal(await byTest(page, "lang-select").inputValue(), tag);
    const got = await figures(page);
    reference ??= got;
    assert.deepEqual(got, reference, `${tag}: the same figures as English`);
    assert.equal(got["qualifying-licenses"], 600, "Contoso: 600 Teams Phone licenses");
    // The visible figure is the number written the reader's way (fr-CA: 1 234, it-CH: 1’234).
    for (const id of ["qualifying-licenses", "free-allotment"]) {
      const text = await byTest(page, id).textContent();
      const written = await page.evaluate(([n, l]) => new Intl.NumberFormat(l).format(n), [got[id], locale]);
      assert.ok(text.includes(written), `${tag}: ${id} reads ${JSON.stringify(text)}, wanted ${written}`);
    }
    await page.locator("main.inputs[aria-busy]").waitFor({ state: "detached" }).catch(() => {});
    await byTest(page, "steps").waitFor();
    // The panels a user opens: Read my tenant, the script, and the quote sheet.
    await byTest(page, "read-tenant").locator("summary").click();
    await byTest(page, "tenant-script").waitFor();
    await byTest(page, "powershell").locator("summary").click();
    await byTest(page, "script").waitFor();
    await byTest(page, "show-quote").click();
    const sheet = await byTest(page, "quote-sheet").innerText();
    await byTest(page, "close-quote").click();
    // The scripts' output messages stay English (only their comments are translated).
    const body = (await page.evaluate(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll("pre.script").forEach((p) => p.remove());
      document.body.append(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    })) + sheet;
    if (tag !== "en") {
      for (const [id, file] of [["tenant-script", "read-tenant.ps1"], ["script", "powershell-template.txt"]]) {
        const englishFirst = (await fs.readFile(path.join(distDir, "script", file), "utf8")).split("\n")[0];
        const first = (await byTest(page, id).textContent()).split("\n")[0];
        assert.ok(first.startsWith("# ") && first !== englishFirst, `${tag}: ${id} begins in English: ${first}`);
      }
    }
    if (tag !== "en") {
      assert.deepEqual(englishLeftovers(body), [], `${tag}: English left on the page`);
      assert.ok(sheet.includes(await page.evaluate((l) => new Intl.DateTimeFormat(l, { dateStyle: "long" }).format(new Date()), locale)), `${tag}: the quote's date in the reader's format`);
      assert.notEqual(await page.title(), "Teams Phone resource account calculator", `${tag}: the title is translated`);
    }
    await screenshot(page, `i18n-${tag}-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(50);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 390, `${tag}: the page is ${overflow} px wide at 390 px`);
    await screenshot(page, `i18n-${tag}-390`);
    assert.deepEqual(problems, []);
    assert.ok(requests.every((u) => u.startsWith(site.origin)), "nothing leaves the origin");
    // Asked for once: src/boot.js picks the same language as the app and preloads it.
    if (tag !== "en") assert.deepEqual(requests.filter((u) => u.includes("/i18n/")), [`${site.url}i18n/${tag}.json`], "the catalog is fetched once");
    else assert.ok(!requests.some((u) => u.includes("/i18n/")), "English fetches no catalog");
    await context.close();
  }
});

test("the switcher, ?lang= and a shared link agree, and the choice is remembered", async () => {
  const { page, context, problems } = await open(site.url, { locale: "en-US" });
  const before = await figures(page);
  await byTest(page, "lang-select").selectOption("fr-FR");
  await page.waitForFunction(() => document.documentElement.lang === "fr-FR");
  assert.deepEqual(await figures(page), before, "switching changes no figure");
  assert.match(await page.locator("h1").first().textContent(), /ressources/);
  // French numbers while typing, key by key.
  const field = byTest(page, "license-SPE_E5");
  await field.fill("");
  await field.pressSequentially("1200");
  await page.waitForFunction(() => document.querySelector('[data-testid="qualifying-licenses"]')?.dataset.value === "1200");
  assert.match(await byTest(page, "qualifying-licenses").textContent(), /1\u202f200/);
  await page.keyboard.press("Tab");
  // Remembered after a reload.
  await page.reload();
  await page.locator('[data-testid="free-allotment"]').waitFor();
  assert.equal(await htmlLang(page), "fr-FR");
  assert.equal(await byTest(page, "lang-select").inputValue(), "fr-FR");
  // The share link and the embed snippet carry it.
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="share-link"]');
    return el?.value.includes("#plan=") && el.dataset.pending === "false";
  });
  const link = await byTest(page, "share-link").inputValue();
  assert.ok(link.startsWith(`${site.url}?lang=fr-FR#plan=`), link);
  await byTest(page, "embed-panel").locator("summary").click();
  assert.match(await byTest(page, "embed-iframe").inputValue(), /lang=fr-FR/);
  const sent = await figures(page);
  assert.deepEqual(problems, []);
  await context.close();

  // A Taipei reader opens the link: French, as sent, with the sender's figures.
  const other = await open(link, { locale: "zh-TW" });
  assert.equal(await htmlLang(other.page), "fr-FR");
  assert.deepEqual(await figures(other.page), sent);
  // ?lang= wins over the browser; the switcher then writes it into the address.
  await other.page.goto(`${site.url}?lang=it-IT`);
  await other.page.locator('[data-testid="free-allotment"]').waitFor();
  assert.equal(await htmlLang(other.page), "it-IT");
  await byTest(other.page, "lang-select").selectOption("zh-TW");
  await other.page.waitForFunction(() => document.documentElement.lang === "zh-TW");
  assert.match(other.page.url(), /lang=zh-TW/);
  await other.page.reload();
  await other.page.locator('[data-testid="free-allotment"]').waitFor();
  assert.equal(await htmlLang(other.page), "zh-TW");
  // The script's comments follow the language; its cmdlets do not.
  await byTest(other.page, "powershell").locator("summary").click();
  const script = await byTest(other.page, "script").textContent();
  assert.match(script, /^# .*[\u4e00-\u9fff]/m, "comments in Chinese");
  assert.match(script, /Set-MgUserLicense/);
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test("a catalog that cannot be fetched leaves the page in English and says so", async () => {
  const context = await browser.newContext({ locale: "it-IT", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route("**/i18n/it-IT.json", (route) => route.fulfill({ status: 404, body: "not here" }));
  await page.goto(site.url);
  await byTest(page, "free-allotment").waitFor();
  assert.equal(await htmlLang(page), "en");
  assert.match(await byTest(page, "lang-unavailable").textContent(), /Italiano/);
  assert.equal(Number(await byTest(page, "qualifying-licenses").getAttribute("data-value")), 600);
  // Choosing it again fails the same way; the switcher goes back to the page's language.
  await byTest(page, "lang-select").selectOption("it-IT");
  await page.waitForFunction(() => document.querySelector('[data-testid="lang-select"]').value === "en");
  assert.equal(await htmlLang(page), "en");
  // Another language still works.
  await byTest(page, "lang-select").selectOption("fr-FR");
  await page.waitForFunction(() => document.documentElement.lang === "fr-FR");
  assert.equal(await byTest(page, "lang-unavailable").count(), 0, "the notice goes once a language loads");
  await context.close();
});

test("the last language chosen wins, whichever catalog arrives first", async () => {
  const { page, context, problems } = await open(site.url, { locale: "en-US" });
  await page.route("**/i18n/zh-CN.json", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await byTest(page, "lang-select").selectOption("zh-CN");
  await byTest(page, "lang-select").selectOption("fr-FR");
  await page.waitForFunction(() => document.documentElement.lang === "fr-FR");
  await page.waitForTimeout(1800);
  assert.equal(await htmlLang(page), "fr-FR", "the slower, earlier choice does not take over");
  assert.equal(await byTest(page, "lang-select").inputValue(), "fr-FR");
  assert.match(page.url(), /lang=fr-FR/);
  await page.waitForFunction(() => document.querySelector('[data-testid="share-link"]')?.value.includes("lang=fr-FR"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a count typed as 10.000 in French is refused, never read as 10; full-width digits read", async () => {
  const { page, context } = await open(`${site.url}?lang=fr-FR`, { locale: "fr-FR" });
  const field = byTest(page, "license-SPE_E5");
  await field.fill("");
  await field.pressSequentially("10.000");
  await page.locator(".count-field.invalid .field-error").first().waitFor();
  // The result waits for the field to be fixed instead of counting 10.
  await byTest(page, "result-stale").waitFor();
  assert.equal(await page.locator('[data-testid="qualifying-licenses"][data-value="10"]').count(), 0);
  await context.close();
  const zh = await open(`${site.url}?lang=zh-TW`, { locale: "zh-TW" });
  const e5 = byTest(zh.page, "license-SPE_E5");
  await e5.fill("");
  await e5.pressSequentially("１２００");
  await zh.page.waitForFunction(() => document.querySelector('[data-testid="qualifying-licenses"]')?.dataset.value === "1200");
  await zh.context.close();
});

test("text typed in another notation means what it says in the language switched to", async () => {
  const { page, context } = await open(site.url, { locale: "en-US" });
  await byTest(page, "example-contoso-2019").click();
  const price = byTest(page, "price");
  await price.fill("");
  await price.pressSequentially("1.234,5");
  await byTest(page, "result-stale").waitFor();
  await byTest(page, "lang-select").selectOption("it-IT");
  await page.waitForFunction(() => document.querySelector('[data-testid="cost-monthly"]')?.dataset.value === "6172.5");
  assert.equal(await price.inputValue(), "1.234,5", "the text stays as typed");
  assert.equal(await byTest(page, "result-stale").count(), 0);
  // A field still invalid is named in the new language.
  const e5 = byTest(page, "license-SPE_E5");
  await e5.fill("");
  await e5.pressSequentially("1,5");
  await byTest(page, "result-stale").waitFor();
  await byTest(page, "lang-select").selectOption("zh-TW");
  await page.waitForFunction(() => document.documentElement.lang === "zh-TW");
  const stale = await byTest(page, "result-stale").textContent();
  assert.ok(!/Number of|licenses/.test(stale) && /Microsoft 365 E5/.test(stale), stale);
  await context.close();
});

test("a problem said before a switch is said again in the new language", async () => {
  const { page, context } = await open(site.url, { locale: "en-US" });
  await byTest(page, "read-tenant").locator("summary").click();
  await byTest(page, "tenant-paste").fill('{"format": "teams-tenant-snapshot", "version": 1, "auto');
  await byTest(page, "tenant-paste-open").click();
  await page.waitForFunction(() => /pasted text/.test(document.querySelector('[data-testid="import-error"]')?.textContent));
  await byTest(page, "lang-select").selectOption("fr-FR");
  await page.waitForFunction(() => document.documentElement.lang === "fr-FR");
  const text = await byTest(page, "import-error").textContent();
  assert.ok(!/pasted text|ends too early/.test(text), text);
  await context.close();
});

test("a damaged link is explained in the reader's language, then in the one switched to", async () => {
  const { page, context } = await open(`${site.url}?lang=it-IT#plan=1.AAAAAAAAAAAA`, { locale: "fr-FR" });
  const error = byTest(page, "link-error");
  await error.waitFor();
  const italian = await error.textContent();
  assert.ok(!/damaged|cut short|could not be opened/.test(italian), italian);
  await byTest(page, "lang-select").selectOption("fr-FR");
  await page.waitForFunction(() => document.documentElement.lang === "fr-FR");
  const french = await error.textContent();
  assert.notEqual(french, italian);
  assert.ok(!/damaged|cut short|could not be opened/.test(french), french);
  await context.close();
});
