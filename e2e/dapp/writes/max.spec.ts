/**
 * "Max" on the registration's amount fields, with the contribution form's rule (lib/staking/max-amount.ts):
 * the lesser of the wallet's balance and what the node still needs beside the other amounts typed.
 * The expected amounts come from the chain (the requirement, the operator's balance); nothing is sent.
 */
import { formatUnits } from "viem";
import { ATOMIC_PER_SESH as SESH } from "../../../lib/staking/amounts";
import { expect, test } from "../../fixtures/test";

/** An atomic amount as the field holds it: plain decimal text, no separators. */
const field = (atomic: bigint) => formatUnits(atomic, 9);

test("Max on the operator's stake and on a reserved slot: the lesser of the balance and what the node still needs", async ({ page, devnet, chain, openConnected }) => {
  const operator = await chain.freshAccount(12_000n);
  const res = await fetch(`${devnet.backendApiUrl}/devnet/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ operator: operator.address }) });
  const reg = ((await res.json()) as { registration: { pubkey_ed25519: string } }).registration;
  const requirement = await chain.client.readContract({ ...chain.rewards, functionName: "stakingRequirement" });
  const balance = await chain.balance(operator.address);
  expect(balance).toBeLessThan(requirement);

  await openConnected(operator, `/register/${reg.pubkey_ed25519}`);
  await expect(page.getByTestId("registration-checks-ok")).toBeVisible();
  await page.getByTestId("mode-multi").check();
  const stake = page.getByTestId("multi-stake-amount");
  // the wallet holds less than the node needs: Max is the balance
  await page.getByTestId("multi-stake-max").click();
  await expect(stake).toHaveValue(field(balance));

  // a reserved slot takes most of the node: Max is what the slot leaves
  await page.getByTestId("add-slot").click();
  const slotAmount = 20_000n * SESH;
  await page.getByTestId("slot-amount").fill(field(slotAmount));
  await page.getByTestId("multi-stake-max").click();
  await expect(stake).toHaveValue(field(requirement - slotAmount));

  // and a slot's Max is what the operator's stake and the other slots leave (not capped by the operator's balance)
  await stake.fill("6250");
  await page.getByTestId("slot-max").click();
  await expect(page.getByTestId("slot-amount")).toHaveValue(field(requirement - 6_250n * SESH));
});
