/**
 * Every invalid input of the write forms shows its message before any wallet prompt, and nothing
 * is sent: the test wallet counts eth_sendTransaction requests, which stay at 0.
 */
import { ATOMIC_PER_SESH } from "../../../lib/staking/amounts";
import type { Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { getAddress, zeroAddress } from "viem";
import type { TestWallet } from "../../fixtures/test-wallet";

/** Types `text` as the amount (and `beneficiary`), submits, returns the field's message. */
async function tryAmount(page: Page, text: string, beneficiary = "") {
  await page.getByTestId("contribute-amount").fill(text);
  const details = page.locator("details").filter({ has: page.getByTestId("contribute-beneficiary") });
  const open = (await details.getAttribute("open")) !== null;
  if (beneficiary && !open) await details.locator("summary").click();
  if (beneficiary || open) await page.getByTestId("contribute-beneficiary").fill(beneficiary);
  await page.getByTestId("contribute-submit").click();
}

/** A checksummed address with one letter's case flipped: a typo the checksum catches. */
function badChecksum(address: string): string {
  const i = [...address].findIndex((c, j) => j > 1 && /[a-fA-F]/.test(c));
  const c = address[i]!;
  return address.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + address.slice(i + 1);
}

test.describe("bad inputs send nothing", () => {
  test("the contribute form: every amount and rewards-address mistake has its message", async ({ page, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const reserved = await chain.freshAccount(0n, 0n);
    const contract = await chain.openContract(operator, {
      operatorStake: 6_250n * ATOMIC_PER_SESH,
      reserved: [
        { addr: operator.address, amount: 6_250n * ATOMIC_PER_SESH },
        { addr: reserved.address, amount: 5_000n * ATOMIC_PER_SESH },
      ],
    });
    const me = await chain.freshAccount(20_000n);
    const wallet = await openConnected(me, `/stake/${contract}`);
    const amountError = page.getByTestId("contribute-amount-error");
    const benError = page.getByTestId("contribute-beneficiary-error");

    // minimum: (25,000 − 6,250 − 5,000 reserved) / 8 free slots = 1,718.75; room 13,750
    const amounts: [string, string][] = [
      ["", "Enter an amount."],
      ["   ", "Enter an amount."],
      ["0", "Enter an amount above 0."],
      ["0.000000000", "Enter an amount above 0."],
      ["-5", "The amount cannot be negative."],
      ["abc", "Enter a number, like 1250 or 1250.5."],
      ["12..5", "Enter a number, like 1250 or 1250.5."],
      ["0x10", "Enter a number, like 1250 or 1250.5."],
      ["1e3", "Write the amount in full: exponents such as 1e3 are not accepted."],
      ["2000.0000000001", "SESH has at most 9 decimals."],
      ["1000", "The minimum contribution to this node is 1,718.75 SESH."],
      ["13750.000000001", "Only 13,750 SESH is left to stake in this node."],
    ];
    for (const [text, message] of amounts) {
      await tryAmount(page, text);
      await expect(amountError, `amount ${JSON.stringify(text)}`).toHaveText(message);
    }
    const beneficiaries: [string, string][] = [
      ["0x123", "Enter a wallet address: 0x followed by 40 hex characters."],
      [me.address.slice(2), "Enter a wallet address: 0x followed by 40 hex characters."],
      [badChecksum(getAddress(me.address)), "This address has a typo: its capital letters do not match its checksum."],
      [zeroAddress, "The zero address cannot receive rewards."],
      [devnet.contracts.rewards, "That is a Session staking contract: rewards sent there would be lost. Enter your own wallet."],
      [contract, "That is a Session staking contract: rewards sent there would be lost. Enter your own wallet."],
    ];
    for (const [text, message] of beneficiaries) {
      await tryAmount(page, "2000", text);
      await expect(benError, `rewards address ${text}`).toHaveText(message);
    }
    await expect(page.getByTestId("tx-dialog")).toHaveCount(0);
    expect(wallet.sendRequests()).toBe(0);
  });

  test("above the balance, below a reserved slot, and a rewards address that does not change", async ({ page, browser, devnet, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const poor = await chain.freshAccount(1_999n);
    const reservedWallet = await chain.freshAccount(20_000n);
    const contract = await chain.openContract(operator, {
      operatorStake: 6_250n * ATOMIC_PER_SESH,
      reserved: [
        { addr: operator.address, amount: 6_250n * ATOMIC_PER_SESH },
        { addr: reservedWallet.address, amount: 5_000n * ATOMIC_PER_SESH },
      ],
    });
    const w1 = await openConnected(poor, `/stake/${contract}`);
    await tryAmount(page, "1999.000000001");
    await expect(page.getByTestId("contribute-amount-error")).toHaveText("Your wallet holds 1,999 SESH, less than that.");
    expect(w1.sendRequests()).toBe(0);

    const other = await browser.newPage();
    const w2 = await openConnected(reservedWallet, `/stake/${contract}`, { page: other });
    await tryAmount(other, "4999.999999999");
    await expect(other.getByTestId("contribute-amount-error")).toHaveText("A slot of 5,000 SESH is reserved for you: contribute at least that.");
    expect(w2.sendRequests()).toBe(0);
    await other.close();

    // the rewards-address change of a contributor
    const contributor = await chain.freshAccount(5_000n);
    await chain.contribute(contributor, contract, 2_500n * ATOMIC_PER_SESH);
    const third = await browser.newPage();
    const w3 = await openConnected(contributor, `/stake/${contract}`, { page: third });
    const cases: [string, string][] = [
      ["", "Enter the address that should receive this stake's rewards."],
      ["0xabc", "Enter a wallet address: 0x followed by 40 hex characters."],
      [contributor.address, "That is already this stake's rewards address."],
      [devnet.contracts.factory, "That is a Session staking contract: rewards sent there would be lost. Enter your own wallet."],
    ];
    for (const [text, message] of cases) {
      await third.getByTestId("beneficiary-input").fill(text);
      await third.getByTestId("beneficiary-submit").click();
      await expect(third.getByTestId("beneficiary-error"), `rewards address ${JSON.stringify(text)}`).toHaveText(message);
    }
    expect(w3.sendRequests()).toBe(0);
    await third.close();
  });

  test("a form that cannot be sent says why on its disabled button: no ETH, full, no slot, not opened", async ({ page, browser, chain, openConnected }) => {
    const operator = await chain.freshAccount();
    const open = await chain.openContract(operator, { operatorStake: 6_250n * ATOMIC_PER_SESH });
    const noGas = await chain.freshAccount(5_000n, 0n);
    const w1 = await openConnected(noGas, `/stake/${open}`);
    await expect(page.getByTestId("contribute-submit")).toBeDisabled();
    await expect(page.getByTestId("contribute-blocked")).toHaveText("Your wallet has no ETH to pay the network fee (gas) on this network.");
    expect(w1.sendRequests()).toBe(0);

    // one page for the other cases: connected once, the wallet stays connected from page to page
    const me = await chain.freshAccount(5_000n);
    const p = await browser.newPage();
    let w: TestWallet | null = null;
    const check = async (contract: `0x${string}`, reason: string) => {
      if (!w) w = await openConnected(me, `/stake/${contract}`, { page: p });
      else await p.goto(`/stake/${contract}`);
      await expect(p.getByTestId("contribute-blocked")).toHaveText(reason);
      await expect(p.getByTestId("contribute-submit")).toBeDisabled();
      expect(w.sendRequests()).toBe(0);
    };
    // full, waiting for its operator's activation
    const other = await chain.freshAccount();
    const full = await chain.openContract(operator, { operatorStake: 12_500n * ATOMIC_PER_SESH, manualFinalize: true });
    await chain.contribute(other, full, 12_500n * ATOMIC_PER_SESH);
    await check(full, "This node is fully staked and waits for its operator to activate it.");
    // every slot reserved: 7,000 for the operator and 9 × 2,000 for others
    const reservations = [{ addr: operator.address, amount: 7_000n * ATOMIC_PER_SESH }];
    for (let i = 0; i < 9; i++) reservations.push({ addr: (await chain.freshAccount(0n, 0n)).address, amount: 2_000n * ATOMIC_PER_SESH });
    const reserved = await chain.openContract(operator, { operatorStake: 7_000n * ATOMIC_PER_SESH, reserved: reservations });
    await check(reserved, "What is left of this node is reserved for other contributors.");
    // the operator has not contributed yet
    const unopened = await chain.openContract(operator, {});
    await check(unopened, "The operator has not opened this node to contributors yet.");
    await p.close();
  });
});
