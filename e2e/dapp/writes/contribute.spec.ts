/**
 * Contributing to a node and managing the contribution, in the browser with the injected test
 * wallet, on contracts each test opens for itself. Every expectation is read from the chain.
 */
import { expect, test } from "../../fixtures/test";
import { serviceNodeRewardsAbi } from "../../../lib/contracts/abi/serviceNodeRewards";
import { ATOMIC_PER_SESH, formatSesh } from "../../../lib/staking/amounts";
import { finishDialog } from "../../fixtures/dapp";

const REQUIREMENT = 25_000n * ATOMIC_PER_SESH;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Stake what the form holds: submit, confirm the approval when one is needed, wait for "done". */
async function stakeThroughDialog(page: import("@playwright/test").Page) {
  await page.getByTestId("contribute-submit").click();
  await finishDialog(page);
}

test.describe("contribute and manage a contribution", () => {
  test("a contribution takes exactly the amount, with one exact approval, and the contract lists the contributor", async ({ page, chain, consoleProblems, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const me = await chain.freshAccount(20_000n);
    const before = await chain.balance(me.address);
    const fromBlock = await chain.blockNumber();

    const wallet = await openConnected(me, `/stake/${contract}`);
    await page.getByTestId("contribute-amount").fill("2500.5");
    await expect(page.getByTestId("contribute-notice")).toContainText("locked for 24 hours");
    await expect(page.getByTestId("contribute-notice")).toContainText("6,250 SESH");
    await page.getByTestId("contribute-submit").click();
    const dialog = page.getByTestId("tx-dialog");
    await expect(dialog).toBeVisible();
    // the approval is its own tap; the stake gets its own button
    await expect(page.getByTestId("tx-next")).toHaveText("Stake 2,500.5 SESH");
    await page.getByTestId("tx-next").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();

    const amount = 2_500_500_000_000n;
    expect(await chain.balance(me.address)).toBe(before - amount);
    expect(await chain.approvalsBy(me.address, fromBlock)).toEqual([{ spender: contract, value: amount }]);
    const [addrs, , amounts] = await chain.contributions(contract);
    expect(addrs.map((a) => a.toLowerCase())).toContain(me.address.toLowerCase());
    expect(amounts[addrs.findIndex((a) => a.toLowerCase() === me.address.toLowerCase())]).toBe(amount);
    expect(wallet.sendRequests()).toBe(2);

    // the page shows the new figures without a reload
    await page.getByTestId("tx-close").click();
    await expect(page.getByTestId("detail-staked")).toHaveText(`${formatSesh(6_250n * ATOMIC_PER_SESH + amount)} SESH`);
    await expect(page.getByRole("row", { name: new RegExp(`${formatSesh(amount)} SESH`) })).toBeVisible();
    expect(consoleProblems).toEqual([]);
  });

  test("a reserved contributor stakes exactly the reserved amount with Max", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const me = await chain.freshAccount(20_000n);
    const contract = await chain.openContract(operator, {
      operatorStake: 6_250n * ATOMIC_PER_SESH,
      reserved: [
        { addr: operator.address, amount: 6_250n * ATOMIC_PER_SESH },
        { addr: me.address, amount: 5_000n * ATOMIC_PER_SESH },
      ],
    });
    const before = await chain.balance(me.address);
    await openConnected(me, `/stake/${contract}`);
    await page.getByTestId("contribute-max").click();
    await expect(page.getByTestId("contribute-amount")).toHaveValue("5000");
    await stakeThroughDialog(page);
    expect(before - (await chain.balance(me.address))).toBe(5_000n * ATOMIC_PER_SESH);
    const [addrs, , amounts] = await chain.contributions(contract);
    expect(amounts[addrs.findIndex((a) => same(a, me.address))]).toBe(5_000n * ATOMIC_PER_SESH);
    await expect(page.getByTestId("reservation-row").filter({ hasText: "Yes" })).toHaveCount(2);
  });

  test("filling a node registers it in the same transaction; the page follows it to running", async ({ page, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const other = await chain.freshAccount();
    const me = await chain.freshAccount(20_000n);
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    await chain.contribute(other, contract, 10_000n * ATOMIC_PER_SESH);
    await openConnected(me, `/stake/${contract}`);
    await page.getByTestId("contribute-max").click();
    await expect(page.getByTestId("contribute-amount")).toHaveValue("8750");
    await stakeThroughDialog(page);
    expect(await chain.status(contract)).toBe(3);
    await expect(page.getByTestId("contract-status")).toHaveText("Joining");
    await expect(page.getByTestId("registered-on-chain")).toContainText("Registered on Session devnet as node #");
    // the network witnesses it (read from the staking backend, not a clock)
    const link = page.getByTestId("registered-node-link");
    await expect(link).toBeVisible({ timeout: 15_000 });
    const id = (await link.innerText()).replace(/\D/g, "");
    const node = await chain.client.readContract({ address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi, functionName: "serviceNodes", args: [BigInt(id)] });
    expect(node.deposit).toBe(REQUIREMENT);
    expect(node.contributors.map((c) => c.staker.addr.toLowerCase())).toEqual([operator.address, other.address, me.address].map((a) => a.toLowerCase()));
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: `Node #${id}` })).toBeVisible();
    await expect(page.getByTestId("node-state")).toHaveText("Running");
  });

  test("a top-up and a new rewards address, on the chain", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const me = await chain.freshAccount(20_000n);
    const payee = await chain.freshAccount(0n, 0n);
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    await chain.contribute(me, contract, 2_500n * ATOMIC_PER_SESH);
    await openConnected(me, `/stake/${contract}`);
    await expect(page.getByTestId("contribute-notice")).toContainText("A top-up restarts the 24-hour lock");
    await page.getByTestId("contribute-amount").fill("100");
    await stakeThroughDialog(page);
    let [addrs, beneficiaries, amounts] = await chain.contributions(contract);
    let i = addrs.findIndex((a) => same(a, me.address));
    expect(amounts[i]).toBe(2_600n * ATOMIC_PER_SESH);

    await page.getByTestId("beneficiary-input").fill(payee.address);
    await page.getByTestId("beneficiary-submit").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    [addrs, beneficiaries, amounts] = await chain.contributions(contract);
    i = addrs.findIndex((a) => same(a, me.address));
    expect(beneficiaries[i]?.toLowerCase()).toBe(payee.address.toLowerCase());
    expect(amounts[i]).toBe(2_600n * ATOMIC_PER_SESH);
  });

  test("the operator resets the node: every contributor is refunded exactly", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const a = await chain.freshAccount();
    const b = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 7_000n * ATOMIC_PER_SESH });
    await chain.contribute(a, contract, 3_000n * ATOMIC_PER_SESH);
    await chain.contribute(b, contract, 2_345_678_900_001n);
    const before = await Promise.all([operator, a, b].map((x) => chain.balance(x.address)));
    await openConnected(operator, `/stake/${contract}`);
    await page.getByTestId("reset-button").click();
    const confirm = page.getByTestId("reset-confirm");
    await expect(confirm).toContainText("Every contributor is refunded in full");
    await expect(confirm).toContainText("2,345.67 SESH");
    await page.getByTestId("reset-confirm-button").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    const after = await Promise.all([operator, a, b].map((x) => chain.balance(x.address)));
    expect(after.map((v, i) => v - before[i]!)).toEqual([7_000n * ATOMIC_PER_SESH, 3_000n * ATOMIC_PER_SESH, 2_345_678_900_001n]);
    expect(await chain.status(contract)).toBe(0);
  });

  test("the operator activates a full node that waits for a manual finalize", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const other = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 12_500n * ATOMIC_PER_SESH, manualFinalize: true });
    await chain.contribute(other, contract, 12_500n * ATOMIC_PER_SESH);
    expect(await chain.status(contract)).toBe(2);
    await openConnected(operator, `/stake/${contract}`);
    await page.getByTestId("finalize-button").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    expect(await chain.status(contract)).toBe(3);
    await expect(page.getByTestId("registered-on-chain")).toContainText("Registered on Session devnet");
  });

  test("the browser reads no figure from the chain: a page load makes no RPC read, a stake only its own checks, and the server's figures follow its receipt", async ({ page, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const me = await chain.freshAccount(20_000n);
    const calls: { at: number; method: string }[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(devnet.rpcUrl) || r.method() !== "POST") return;
      const body = JSON.parse(r.postData() ?? "[]") as { method: string } | { method: string }[];
      for (const c of Array.isArray(body) ? body : [body]) calls.push({ at: Date.now(), method: c.method });
    });
    const wallet = await openConnected(me, `/stake/${contract}`);
    await expect(page.getByTestId("contribute-form")).toBeVisible();
    await page.waitForLoadState("networkidle");
    // the page's figures were read by the server (one cached batch per block), none by the browser
    expect(calls.filter((c) => c.method === "eth_call").length, "eth_calls of a page load").toBe(0);

    await page.getByTestId("contribute-amount").fill("3000");
    const tappedAt = Date.now();
    await page.getByTestId("contribute-submit").click();
    await page.getByTestId("tx-next").click();
    await expect.poll(() => wallet.sent.length).toBe(2);
    await expect(page.getByTestId("tx-done")).toBeVisible();
    // the new total, read by the test from the chain, is on the page the server rendered after the receipt
    await expect(page.getByTestId("detail-staked")).toHaveText(`${formatSesh(6_250n * ATOMIC_PER_SESH + 3_000n * ATOMIC_PER_SESH)} SESH`);
    await page.waitForLoadState("networkidle");
    // the flow's own checks only: the factory's owns(), the allowance, and one simulation per step
    const reads = calls.filter((c) => c.at >= tappedAt && c.method === "eth_call").length;
    expect(reads, "eth_calls of the stake").toBeLessThanOrEqual(4);
    console.log(`RPC eth_calls from the browser: page load 0, a confirmed stake ${reads}`);
  });
});
