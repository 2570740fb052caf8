import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium-headless-shell", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage();
const base = "http://127.0.0.1:3302/keystatic";
const singletons = ["site","home","pages-staking","pages-token","pages-network","pages-blog","pages-tv","pages-not-found","videos","blog-tags","faq"];
const posts = ["community-from-zero-to-thousands","disappearing-messages-two-modes","lokinet-refactor-end-to-end-testing","registrations-witnessed-on-the-workchain","sesh-on-arbitrum-workchain-for-governance","sessiontv-explainers-2fa-and-sesh","staking-portal-preview"];
const urls = [...singletons.map(s => `${base}/singleton/${s}`), ...posts.map(p => `${base}/collection/posts/item/${p}`), `${base}/collection/legal/item/terms`, `${base}/collection/legal/item/privacy`];
for (const url of urls) {
  const errs = [];
  const onErr = (e) => errs.push(e.message.slice(0, 200));
  page.on("pageerror", onErr);
  await page.goto(url, { timeout: 180000 });
  try { await page.getByRole("button", { name: "Save" }).waitFor({ timeout: 60000 }); } catch { }
  await page.waitForTimeout(500);
  const text = await page.locator("main, body").first().innerText();
  const bad = text.split("\n").filter(l => /error|failed|not allowed|must be/i.test(l)).slice(0, 3);
  console.log(url.replace(base, ""), bad.length || errs.length ? "PROBLEM " + JSON.stringify([...bad, ...errs]) : "ok");
  page.off("pageerror", onErr);
}
await browser.close();
