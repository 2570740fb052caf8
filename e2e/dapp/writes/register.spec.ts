/**
 * Registering nodes in the browser from keys the simulated network prepares for a fresh operator:
 * solo, and multi-contributor with a fee and a reserved slot that its contributor then fills. Every
 * expectation is read from the chain; bad inputs show their sentence and send nothing.
 */
import { ATOMIC_PER_SESH } from "../../../lib/staking/amounts";
import { expect, test } from "../../fixtures/test";
import { encodeAbiParameters } from "viem";
import { serviceNodeContributionAbi } from "../../../lib/contracts/abi/serviceNodeContribution";
import { blsPubkeyHexToG1 } from "../../../lib/contracts/encoders";
import { type DevnetActions, type TestAccount } from "../../fixtures/chain-actions";
import type { DevnetState } from "../../../lib/chain/devnet-state";
import { finishDialog } from "../../fixtures/dapp";

type Prepared = { operator: string; pubkey_bls: string; pubkey_ed25519: string; sig_bls: string; sig_ed25519: string };

async function prepare(devnet: DevnetState, operator: TestAccount): Promise<Prepared> {
  const res = await fetch(`${devnet.backendApiUrl}/devnet/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ operator: operator.address }) });
  return ((await res.json()) as { registration: Prepared }).registration;
}

const blsId = (chain: DevnetActions, bls: string) => {
  const g1 = blsPubkeyHexToG1(bls);
  return chain.client.readContract({ ...chain.rewards, functionName: "serviceNodeIDs", args: [encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [g1.X, g1.Y])] });
};

test.describe("registering a node", () => {
  test("solo, from the registration the network prepared: exactly the requirement, one exact approval, witnessed and running", async ({ page, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount(30_000n);
    const reg = await prepare(devnet, operator);
    const requirement = await chain.client.readContract({ ...chain.rewards, functionName: "stakingRequirement" });
    const before = await chain.balance(operator.address);
    const fromBlock = await chain.blockNumber();
    const wallet = await openConnected(operator, "/register");
    const row = page.locator(`[data-testid="registration-row"][data-ed25519="${reg.pubkey_ed25519}"]`);
    await expect(row).toContainText("prepared");
    await row.getByRole("link").click();
    await expect(page.getByTestId("registration-checks-ok")).toBeVisible();
    await page.getByTestId("mode-solo").check();
    await expect(page.getByTestId("solo-submit")).toHaveText("Register with 25,000 SESH");
    await page.getByTestId("solo-submit").click();
    await finishDialog(page);

    const id = await blsId(chain, reg.pubkey_bls);
    expect(id).toBeGreaterThan(0n);
    const node = await chain.client.readContract({ ...chain.rewards, functionName: "serviceNodes", args: [id] });
    expect(node.operator.toLowerCase()).toBe(operator.address.toLowerCase());
    expect(node.deposit).toBe(requirement);
    expect(before - (await chain.balance(operator.address))).toBe(requirement);
    expect(await chain.approvalsBy(operator.address, fromBlock)).toEqual([{ spender: devnet.contracts.rewards, value: requirement }]);
    expect(wallet.sendRequests()).toBe(2);
    await expect(page.getByTestId("registered-on-chain")).toHaveText(`✓ Registered on Session devnet as node #${id}.`);
    await page.getByTestId("registered-node-link").click({ timeout: 15_000 });
    await expect(page.getByTestId("node-state")).toHaveText("Running");
  });

  test("with contributors: fee and a reserved slot on chain, a reload mid-way resumes, the reserved contributor fills it and it registers", async ({ page, browser, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount(30_000n);
    const reservedFor = await chain.freshAccount(20_000n);
    const reg = await prepare(devnet, operator);
    await openConnected(operator, `/register/${reg.pubkey_ed25519}`);
    await page.getByTestId("mode-multi").check();
    await page.getByTestId("multi-stake-amount").fill("6250");
    await page.getByTestId("multi-fee").fill("7.25");
    await page.getByTestId("add-slot").click();
    await page.getByTestId("slot-address").fill(reservedFor.address);
    await page.getByTestId("slot-amount").fill("18750");
    await page.getByTestId("multi-create").click();
    await finishDialog(page);
    // the contract's address came from the receipt and lives in the URL: a reload resumes at step 2
    await expect(page).toHaveURL(/contract=0x[0-9a-fA-F]{40}/);
    const contract = new URL(page.url()).searchParams.get("contract") as `0x${string}`;
    await page.reload();
    await expect(page.getByTestId("multi-stake")).toHaveText("Stake your 6,250 SESH");
    await page.getByTestId("multi-stake").click();
    await finishDialog(page);
    await expect(page.getByTestId("multi-opened")).toBeVisible();

    const c = { address: contract, abi: serviceNodeContributionAbi } as const;
    const [params, [resAddrs, resAmounts], operatorStake, status] = await Promise.all([
      chain.client.readContract({ ...c, functionName: "serviceNodeParams" }),
      chain.client.readContract({ ...c, functionName: "getReserved" }),
      chain.client.readContract({ ...c, functionName: "operatorContribution" }),
      chain.status(contract),
    ]);
    expect(params.fee).toBe(725);
    expect(resAddrs.map((a) => a.toLowerCase())).toEqual([operator.address, reservedFor.address].map((a) => a.toLowerCase()));
    expect(resAmounts).toEqual([6_250n * ATOMIC_PER_SESH, 18_750n * ATOMIC_PER_SESH]);
    expect(operatorStake).toBe(6_250n * ATOMIC_PER_SESH);
    expect(status).toBe(1);

    // the reserved contributor fills the node from its page: it registers in the same transaction
    const other = await browser.newPage();
    await openConnected(reservedFor, `/stake/${contract}`, { page: other });
    await other.getByTestId("contribute-max").click();
    await expect(other.getByTestId("contribute-amount")).toHaveValue("18750");
    await other.getByTestId("contribute-submit").click();
    await finishDialog(other);
    expect(await chain.status(contract)).toBe(3);
    expect(await blsId(chain, reg.pubkey_bls)).toBeGreaterThan(0n);
    await other.close();
  });

  test("bad keys, a proof of possession for another operator and every bad setting show their sentence and send nothing", async ({ page, browser, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount(30_000n);
    const reg = await prepare(devnet, operator);
    const wallet = await openConnected(operator, `/register/${reg.pubkey_ed25519}`);
    await expect(page.getByTestId("registration-checks-ok")).toBeVisible();

    // keys: truncated, not hex
    await page.getByTestId("reg-pubkey_bls").fill(reg.pubkey_bls.slice(0, 120));
    await expect(page.getByTestId("reg-pubkey_bls-error")).toHaveText("The BLS public key must be 128 hex characters (64 bytes); this one has 120.");
    await page.getByTestId("reg-pubkey_bls").fill(`${reg.pubkey_bls.slice(0, 127)}z`);
    await expect(page.getByTestId("reg-pubkey_bls-error")).toHaveText('The BLS public key contains "z", which is not a hex digit (0-9, a-f).');
    await page.getByTestId("mode-solo").check();
    await expect(page.getByTestId("solo-submit")).toHaveCount(0);
    await page.getByTestId("reg-pubkey_bls").fill(reg.pubkey_bls);
    await expect(page.getByTestId("registration-checks-ok")).toBeVisible();

    // multi-contributor settings
    await page.getByTestId("mode-multi").check();
    const create = page.getByTestId("multi-create");
    const setMulti = async (stake: string, fee: string, slots: [string, string][]) => {
      await page.getByTestId("multi-stake-amount").fill(stake);
      await page.getByTestId("multi-fee").fill(fee);
      while ((await page.getByTestId("reserved-slot").count()) > slots.length) await page.getByRole("button", { name: /^Remove slot/ }).last().click();
      while ((await page.getByTestId("reserved-slot").count()) < slots.length) await page.getByTestId("add-slot").click();
      for (const [i, [addr, amount]] of slots.entries()) {
        await page.getByTestId("slot-address").nth(i).fill(addr);
        await page.getByTestId("slot-amount").nth(i).fill(amount);
      }
      await create.click();
    };
    const a = (await chain.freshAccount(0n, 0n)).address;
    const b = (await chain.freshAccount(0n, 0n)).address;
    await setMulti("6250", "100.001", []);
    await expect(page.getByTestId("multi-fee-error")).toHaveText("Enter the fee with at most two decimals, like 7.25.");
    await setMulti("6250", "-1", []);
    await expect(page.getByTestId("multi-fee-error")).toHaveText("The fee cannot be negative.");
    await setMulti("6249.999999999", "5", []);
    await expect(page.getByTestId("multi-stake-error")).toHaveText("The operator stakes at least 25 % of the requirement: 6,250 SESH.");
    await setMulti("6250", "5", [[a, "2000"]]);
    await expect(page.getByTestId("slot-amount-error")).toHaveText("The 2nd contributor's slot needs at least 2,083.333333334 SESH.");
    await setMulti("6250", "5", [
      [a, "10000"],
      [a.toLowerCase(), "5000"],
    ]);
    await expect(page.getByTestId("slot-address-error")).toHaveText("This address already has a slot.");
    await setMulti("6250", "5", [
      [a, "10000"],
      [b, "9000"],
    ]);
    await expect(page.getByTestId("slot-amount-error")).toHaveText("Only 8,750 SESH is left of the requirement for this slot.");
    expect(wallet.sendRequests()).toBe(0);

    // the same keys opened by another wallet: the proof of possession was made for the operator
    const stranger = await chain.freshAccount(30_000n);
    const other = await browser.newPage();
    const w2 = await openConnected(stranger, `/register/${reg.pubkey_ed25519}`, { page: other });
    await expect(other.getByTestId("registration-blocked")).toHaveText("The proof of possession does not verify for this wallet: the keys were prepared for another operator address, or they are corrupt.");
    await other.getByTestId("mode-solo").check();
    await expect(other.getByTestId("solo-submit")).toBeDisabled();
    expect(w2.sendRequests()).toBe(0);
    await other.close();
  });

  test("a pasted registration opens in the wizard; a broken paste says what is missing", async ({ page, chain, openConnected, devnet }) => {
    const operator = await chain.freshAccount(30_000n);
    const reg = await prepare(devnet, operator);
    await openConnected(operator, "/register");
    await page.getByTestId("paste-registration").fill(JSON.stringify({ ...reg, sig_bls: undefined }));
    await page.getByTestId("paste-open").click();
    await expect(page.getByTestId("paste-error")).toHaveText('The pasted JSON has no "sig_bls" field (the BLS proof of possession).');
    await page.getByTestId("paste-registration").fill(JSON.stringify(reg));
    await page.getByTestId("paste-open").click();
    await page.waitForURL((url) => url.pathname === `/register/${reg.pubkey_ed25519}`);
    await expect(page.getByTestId("reg-sig_bls")).toHaveValue(reg.sig_bls);
    await expect(page.getByTestId("registration-checks-ok")).toBeVisible();
  });

  test("the operator changes the fee, the reserved slots and the activation mode before contributing", async ({ page, chain, openConnected }) => {
    const operator = await chain.freshAccount(30_000n);
    const slot = await chain.freshAccount(0n, 0n);
    const contract = await chain.openContract(operator, { feeBps: 500 });
    const c = { address: contract, abi: serviceNodeContributionAbi } as const;
    const wallet = await openConnected(operator, `/stake/${contract}`);
    const settings = page.getByTestId("operator-settings");
    await settings.getByTestId("settings-fee").fill("100.5");
    await settings.getByTestId("settings-fee-save").click();
    await expect(settings.getByTestId("settings-fee-error")).toHaveText("The fee is at most 100 %.");
    expect(wallet.sendRequests()).toBe(0);
    await settings.getByTestId("settings-fee").fill("12.5");
    await settings.getByTestId("settings-fee-save").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    await page.getByTestId("tx-close").click();
    expect((await chain.client.readContract({ ...c, functionName: "serviceNodeParams" })).fee).toBe(1250);

    await settings.getByTestId("settings-stake").fill("7000");
    await settings.getByTestId("add-slot").click();
    await settings.getByTestId("slot-address").fill(slot.address);
    await settings.getByTestId("slot-amount").fill("4000");
    await settings.getByTestId("settings-slots-save").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    await page.getByTestId("tx-close").click();
    const [addrs, amounts] = await chain.client.readContract({ ...c, functionName: "getReserved" });
    expect(addrs.map((x) => x.toLowerCase())).toEqual([operator.address, slot.address].map((x) => x.toLowerCase()));
    expect(amounts).toEqual([7_000n * ATOMIC_PER_SESH, 4_000n * ATOMIC_PER_SESH]);

    await expect(settings.getByTestId("settings-activation")).toHaveText("The node registers itself when the last contribution fills it.");
    await settings.getByTestId("settings-activation-toggle").click();
    await expect(page.getByTestId("tx-done")).toBeVisible();
    expect(await chain.client.readContract({ ...c, functionName: "manualFinalize" })).toBe(true);
  });
});
