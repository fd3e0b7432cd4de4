// Loads the app from beside this file (any sub-path; no inline script under the CSP), and
// preloads the reader's catalog as i18n::Lang picks it (docs/messages.md).
import init from "./resource-account-calculator.js";

const parse = (tag) => {
  const [p, ...rest] = String(tag).toLowerCase().split(/[-_]/);
  if (p !== "zh") return p === "en" ? "en" : p === "fr" ? "fr-FR" : p === "it" ? "it-IT" : undefined;
  return !rest.includes("hans") && rest.some((s) => ["hant", "tw", "hk", "mo"].includes(s)) ? "zh-TW" : "zh-CN";
};
let stored;
try {
  stored = localStorage.getItem("resource-account-calculator:lang");
} catch {}
const lang = [new URLSearchParams(location.search).get("lang"), stored, ...(navigator.languages || [navigator.language])]
  .filter(Boolean)
  .map(parse)
  .find(Boolean);
if (lang && lang !== "en") {
  const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous" });
  link.href = new URL(`./i18n/${lang}.json`, import.meta.url).href;
  document.head.append(link);
}
init({ module_or_path: new URL("./resource-account-calculator_bg.wasm", import.meta.url) });
