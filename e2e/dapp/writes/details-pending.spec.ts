/**
 * A contribution contract the network has not read yet (spec §5.5, §5.9: its row arrives with fee,
 * BLS key and activation mode null): the open-nodes list stays readable and shows it as "details
 * pending", and neither the list nor its page offers a contribution until the network knows it.
 */
import { ATOMIC_PER_SESH } from "../../../lib/staking/amounts";
import { expect, test } from "../../fixtures/test";
import type { Address } from "viem";
import { serviceNodeContributionAbi } from "../../../lib/contracts/abi/serviceNodeContribution";
import { formatFeeBasisPoints } from "../../../lib/staking/fees";
import { watchConsole } from "../../fixtures/dapp";
import { devnetClient, openContractAddress } from "../../fixtures/devnet";
import type { DevnetState } from "../../../lib/chain/devnet-state";

/** Makes the simulated network list `operator`'s contracts as not read yet, or lets them go (0 s). */
async function holdDetails(devnet: DevnetState, operator: Address, pendingSeconds: number) {
  const res = await fetch(`${devnet.backendApiUrl}/devnet/contract-details`, { method: "POST", body: JSON.stringify({ operator, pendingSeconds }) });
  expect(res.status).toBe(200);
}

test("a contract whose details are pending is listed as such, readable beside the others, and offers no contribution until they are known", async ({ page, devnet, chain }) => {
  const problems = watchConsole(page);
  const operator = await chain.freshAccount();
  await holdDetails(devnet, operator.address, 300);
  const pending = await chain.openContract(operator, { feeBps: 700, operatorStake: 6_250n * ATOMIC_PER_SESH });
  const other = (await openContractAddress(devnet)) as Address;
  const [, , , otherFee] = await devnetClient(devnet).readContract({ address: other, abi: serviceNodeContributionAbi, functionName: "_serviceNodeParams" });

  // the page lists what the network lists: wait until the network has witnessed the new contract
  await expect
    .poll(async () => {
      const { contracts } = (await (await fetch(`${devnet.backendApiUrl}/contract/contribution`)).json()) as { contracts: { address: string }[] };
      return contracts.some((c) => c.address === pending);
    })
    .toBe(true);
  await page.goto("/stake");
  const row = page.locator(`[data-testid="open-node-row"][data-address="${pending}"]`);
  await expect(row.getByTestId("cell-details-pending")).toContainText("Details pending");
  await expect(row.getByTestId("cell-fee")).toHaveText("Pending");
  await expect(row.getByTestId("cell-min")).toHaveText("Pending");
  // the chain's own figures still show for it
  await expect(row.getByTestId("cell-staked")).toContainText("6,250 / 25,000 SESH");
  // and the rest of the list reads as always
  const otherRow = page.locator(`[data-testid="open-node-row"][data-address="${other}"]`);
  await expect(otherRow.getByTestId("cell-fee")).toHaveText(formatFeeBasisPoints(otherFee));
  await expect(otherRow.getByTestId("cell-min")).toContainText("SESH");

  await page.goto(`/stake/${pending}`);
  await expect(page.getByTestId("details-pending")).toContainText("Details pending");
  await expect(page.getByTestId("contract-status")).toHaveText("Awaiting contributors");
  await expect(page.getByTestId("contribute-form")).toHaveCount(0);

  // once the network has read the contract, the page offers the contribution by itself (no reload)
  await holdDetails(devnet, operator.address, 0);
  await expect(page.getByTestId("contribute-form")).toBeVisible();
  await expect(page.getByTestId("details-pending")).toHaveCount(0);
  await expect(page.getByTestId("detail-fee")).toHaveText(formatFeeBasisPoints(700));
  expect(problems).toEqual([]);
});
