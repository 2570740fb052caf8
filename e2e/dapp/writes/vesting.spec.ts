/**
 * Acting as a vesting contract (spec Appendix B, C), in Chromium on the devnet: the investor test
 * account is the beneficiary of the seeded vesting contracts (devnet/world-plan.ts). Through the
 * locked one it contributes, claims and registers a solo node: on chain the vesting contract is the
 * staker, the amounts are exact and the wallet's own SESH never moves. The revoked and the
 * not-yet-started ones say why nothing can be done; a wallet that is beneficiary of none sees no
 * switch. Every expected figure is read from the chain. Each test is a new browser (no choice
 * remembered): it picks the contract in the switch, then moves between pages with the choice kept.
 */
import type { Page } from "@playwright/test";
import type { Address } from "viem";
import { serviceNodeRewardsAbi } from "../../../lib/contracts/abi/serviceNodeRewards";
import { tokenVestingStakingAbi } from "../../../lib/contracts/abi/tokenVestingStaking";
import { blsPubkeyHexToG1 } from "../../../lib/contracts/encoders";
import { ATOMIC_PER_SESH, formatSesh } from "../../../lib/staking/amounts";
import type { DevnetState } from "../../../lib/chain/devnet-state";
import { encodeAbiParameters } from "viem";
import { finishDialog } from "../../fixtures/dapp";
import { devnetAccount } from "../../fixtures/devnet";
import { expect, test } from "../../fixtures/test";

const SESH = ATOMIC_PER_SESH;

/** The seeded vesting contract of a role (devnet/vesting-seed.ts). */
function vestingOf(devnet: DevnetState, role: string): Address {
  const v = devnet.vesting.find((x) => x.role === role);
  if (!v) throw new Error(`the devnet has no "${role}" vesting contract`);
  return v.address;
}

/** Picks `vesting` (or the wallet, with null) in the switch and waits for the server's page for it. */
async function actAs(page: Page, vesting: Address | null) {
  const select = page.getByTestId("acting-as");
  await expect(select).toBeVisible();
  await select.selectOption(vesting ?? "");
  await expect(select).toHaveValue(vesting ?? "");
}

test.describe("acting as a vesting contract", () => {
  test("a wallet that is beneficiary of no vesting contract sees no switch; the investor sees one naming its contracts", async ({ page, browser, devnet, chain, openConnected }) => {
    const investor = devnetAccount(devnet, "investor");
    const stranger = await chain.freshAccount(1_000n);
    const context = await browser.newContext();
    const other = await context.newPage();
    await openConnected(stranger, "/mystakes", { page: other });
    await expect(other.getByTestId("mystakes-address")).toHaveText(stranger.address);
    await expect(other.getByTestId("vesting-switch")).toHaveCount(0);
    await context.close();

    await openConnected(investor, "/stake");
    const options = page.getByTestId("acting-as").locator("option");
    await expect(options).toHaveCount(1 + devnet.vesting.length);
    for (const v of devnet.vesting) await expect(page.getByTestId("acting-as")).toContainText(v.address);
  });

  test("contributes to an open node through the vesting contract: the contract is the contributor, for the exact amount, and the wallet's SESH does not move", async ({ page, devnet, chain, openConnected }) => {
    const investor = devnetAccount(devnet, "investor");
    const locked = vestingOf(devnet, "locked");
    const operator = await chain.freshAccount(30_000n);
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * SESH });
    const amount = 5_000n * SESH;
    const [vestingBefore, walletBefore] = [await chain.balance(locked), await chain.balance(investor.address)];
    await openConnected(investor, "/mystakes");
    await actAs(page, locked);
    await expect(page.getByTestId("mystakes-address")).toContainText(`Vesting contract ${locked}`);
    await expect(page.getByTestId("vesting-overview")).toBeVisible();

    await page.goto(`/stake/${contract}`);
    await expect(page.getByTestId("acting-as")).toHaveValue(locked);
    // the maximum is the vesting contract's balance, not the wallet's
    await expect(page.getByTestId("contribute-form")).toContainText(`The vesting contract holds`);
    await page.getByTestId("contribute-amount").fill("5000");
    await page.getByTestId("contribute-submit").click();
    await finishDialog(page);

    const [addrs, beneficiaries, amounts] = await chain.contributions(contract);
    const i = addrs.findIndex((a) => a.toLowerCase() === locked.toLowerCase());
    expect(i, "the vesting contract is a contributor").toBeGreaterThan(0);
    expect(amounts[i]).toBe(amount);
    expect(beneficiaries[i]?.toLowerCase(), "its rewards go to the wallet by default").toBe(investor.address.toLowerCase());
    expect(addrs.map((a) => a.toLowerCase())).not.toContain(investor.address.toLowerCase());
    expect(vestingBefore - (await chain.balance(locked))).toBe(amount);
    expect(await chain.balance(investor.address)).toBe(walletBefore);
  });

  test("claims through it: the vesting contract's balance grows by exactly what the claim paid", async ({ page, devnet, chain, openConnected }) => {
    const investor = devnetAccount(devnet, "investor");
    const locked = vestingOf(devnet, "locked");
    const [, claimedBefore] = await chain.recipient(locked);
    const [vestingBefore, walletBefore] = [await chain.balance(locked), await chain.balance(investor.address)];
    await openConnected(investor, "/mystakes");
    await actAs(page, locked);
    await expect(page.getByTestId("claim-panel")).toContainText("into the vesting contract");
    await expect(page.getByTestId("claim-claimable")).not.toHaveText("0 SESH");
    await page.getByTestId("claim-button").click();
    await finishDialog(page);

    const [rewardsAfter, claimedAfter] = await chain.recipient(locked);
    expect(claimedAfter, "everything the network signed is claimed").toBe(rewardsAfter);
    expect(claimedAfter).toBeGreaterThan(claimedBefore);
    expect((await chain.balance(locked)) - vestingBefore).toBe(claimedAfter - claimedBefore);
    expect(await chain.balance(investor.address)).toBe(walletBefore);
  });

  test("registers a solo node through it: the proof of possession is over the contract, which stakes the requirement; a rewards wallet is required", async ({ page, devnet, chain, openConnected }) => {
    const investor = devnetAccount(devnet, "investor");
    const locked = vestingOf(devnet, "locked");
    const res = await fetch(`${devnet.backendApiUrl}/devnet/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ operator: locked }) });
    const reg = ((await res.json()) as { registration: { pubkey_bls: string; pubkey_ed25519: string } }).registration;
    const rewards = { address: devnet.contracts.rewards, abi: serviceNodeRewardsAbi } as const;
    const requirement = await chain.client.readContract({ ...rewards, functionName: "stakingRequirement" });
    const [vestingBefore, walletBefore] = [await chain.balance(locked), await chain.balance(investor.address)];
    await openConnected(investor, "/register");
    await actAs(page, locked);
    const row = page.locator(`[data-testid="registration-row"][data-ed25519="${reg.pubkey_ed25519}"]`);
    await row.getByRole("link").click();
    await expect(page.getByTestId("registration-checks-ok")).toBeVisible();
    await expect(page.getByTestId("mode-multi")).toHaveCount(0);
    await page.getByTestId("mode-solo").check();
    await page.getByTestId("solo-submit").click();
    await expect(page.getByTestId("solo-rewards-error")).toContainText("needs one");
    await page.getByTestId("solo-rewards").fill(locked);
    await page.getByTestId("solo-submit").click();
    await expect(page.getByTestId("solo-rewards-error")).toHaveText("That is a vesting contract: a node's rewards must go to a wallet.");
    await page.getByTestId("solo-rewards").fill(investor.address);
    await page.getByTestId("solo-submit").click();
    await finishDialog(page);

    const g1 = blsPubkeyHexToG1(reg.pubkey_bls);
    const id = await chain.client.readContract({ ...rewards, functionName: "serviceNodeIDs", args: [encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [g1.X, g1.Y])] });
    expect(id).toBeGreaterThan(0n);
    const node = await chain.client.readContract({ ...rewards, functionName: "serviceNodes", args: [id] });
    expect(node.operator.toLowerCase()).toBe(locked.toLowerCase());
    expect(node.deposit).toBe(requirement);
    expect(vestingBefore - (await chain.balance(locked))).toBe(requirement);
    expect(await chain.balance(investor.address)).toBe(walletBefore);
  });

  test("a revoked contract and one not yet started say why nothing can be done, and offer no action", async ({ page, devnet, chain, openConnected }) => {
    const investor = devnetAccount(devnet, "investor");
    const operator = await chain.freshAccount(30_000n);
    const contract = await chain.openContract(operator, { operatorStake: 6_250n * SESH });
    const view = (address: Address, functionName: "revoked" | "start") => chain.client.readContract({ address, abi: tokenVestingStakingAbi, functionName });
    const revoked = vestingOf(devnet, "revoked");
    const notStarted = vestingOf(devnet, "notStarted");
    expect(await view(revoked, "revoked")).toBe(true);
    expect(await view(notStarted, "start")).toBeGreaterThan((await chain.client.getBlock()).timestamp);

    await openConnected(investor, "/mystakes");
    await actAs(page, revoked);
    await expect(page.getByTestId("vesting-blocker")).toContainText("This vesting contract was revoked");
    await expect(page.getByTestId("claim-button")).toHaveCount(0);
    await page.goto(`/stake/${contract}`);
    await expect(page.getByTestId("vesting-form-blocked")).toContainText("was revoked");
    await expect(page.getByTestId("contribute-submit")).toHaveCount(0);

    await actAs(page, notStarted);
    await expect(page.getByTestId("vesting-form-blocked")).toContainText("This vesting contract starts on");
    await expect(page.getByTestId("contribute-submit")).toHaveCount(0);
    await page.goto("/mystakes");
    await expect(page.getByTestId("vesting-blocker")).toContainText("nothing can be staked through it before then");
    await expect(page.getByTestId("claim-button")).toHaveCount(0);

    // back to the wallet: the forms are the wallet's again
    await actAs(page, null);
    await expect(page.getByTestId("mystakes-address")).toHaveText(investor.address);
  });

  test("the overview of a contract past its end: its figures, a withdrawal of exactly its balance to the wallet, and a transfer refused to itself or to the current beneficiary", async ({ page, devnet, chain, openConnected }) => {
    const investor = devnetAccount(devnet, "investor");
    const unlocked = vestingOf(devnet, "unlocked");
    const transferable = vestingOf(devnet, "transferable");
    const listed = ((await (await fetch(`${devnet.backendApiUrl}/stakes/${investor.address}`)).json()) as { vesting: { address: string; initial_amount: number }[] }).vesting;
    const initial = BigInt(listed.find((v) => v.address === unlocked)!.initial_amount);
    const [held, walletBefore] = [await chain.balance(unlocked), await chain.balance(investor.address)];
    expect(held).toBeGreaterThan(0n);
    await openConnected(investor, "/mystakes");
    await actAs(page, unlocked);
    const overview = page.getByTestId("vesting-overview");
    await expect(overview.getByTestId("vesting-address")).toHaveText(unlocked);
    await expect(overview.getByTestId("vesting-beneficiary")).toHaveText(investor.address);
    await expect(overview.getByTestId("vesting-initial")).toHaveText(`${formatSesh(initial)} SESH`);
    await expect(overview.getByTestId("vesting-unstaked")).toHaveText(`${formatSesh(held)} SESH`);
    await expect(overview.getByTestId("vesting-unlock")).toHaveText("Unlocked");
    await expect(overview.getByTestId("vesting-transfer")).toHaveCount(0); // not transferable
    await overview.getByTestId("vesting-release").click();
    await finishDialog(page);
    expect(await chain.balance(unlocked)).toBe(0n);
    expect((await chain.balance(investor.address)) - walletBefore).toBe(held);

    await actAs(page, transferable);
    const heir = page.getByTestId("vesting-heir");
    await heir.fill(transferable);
    await page.getByTestId("vesting-transfer-submit").click();
    await expect(page.getByTestId("vesting-heir-error")).toHaveText("The vesting contract cannot be its own beneficiary.");
    await heir.fill(investor.address);
    await page.getByTestId("vesting-transfer-submit").click();
    await expect(page.getByTestId("vesting-heir-error")).toHaveText("That is already the beneficiary.");
    expect(await chain.client.readContract({ address: transferable, abi: tokenVestingStakingAbi, functionName: "beneficiary" })).toBe(investor.address);
  });
});
