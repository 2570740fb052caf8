/**
 * A phishing link on our own domain: an attacker deploys a copy of the contribution contract
 * directly (the factory did not create it; the copy answers the same ABI and would keep whatever is
 * sent to it) and sends stakers a link to it. Neither the contract page nor the registration
 * wizard's resumed link may offer a write to it: the page says why, and the wallet is never asked.
 */
import { expect, test } from "../../fixtures/test";
import { serviceNodeContributionAbi } from "../../../lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "../../../lib/contracts/abi/serviceNodeContributionFactory";

const NOT_FROM_FACTORY = "This contract was not created by Session's staking factory. Sending funds to it may lose them";

test("a contribution contract the factory did not create: no form on its page or in a registration link, and the wallet is never asked", async ({ page, devnet, chain, openConnected }) => {
  const attacker = await chain.freshAccount(0n);
  const victim = await chain.freshAccount(30_000n);
  const copy = await chain.deployCopyOfContributionContract(attacker);
  // the copy really is a working look-alike: it answers like a contribution contract for the attacker's node...
  expect(await chain.client.readContract({ address: copy.address, abi: serviceNodeContributionAbi, functionName: "operator" })).toBe(attacker.address);
  expect(await chain.status(copy.address)).toBe(0);
  // ...and the factory, asked on chain by the test itself, did not create it
  expect(await chain.client.readContract({ address: devnet.contracts.factory, abi: serviceNodeContributionFactoryAbi, functionName: "owns", args: [copy.address] })).toBe(false);
  const fromBlock = await chain.blockNumber();

  const wallet = await openConnected(victim, `/stake/${copy.address}`);
  await expect(page.getByTestId("contract-not-from-factory")).toContainText(NOT_FROM_FACTORY);
  await expect(page.getByTestId("contribute-form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /stake|approve|withdraw|top up/i })).toHaveCount(0);

  // the same contract in lower case (a URL may spell it any way): same answer
  await page.goto(`/stake/${copy.address.toLowerCase()}`);
  await expect(page.getByTestId("contract-not-from-factory")).toContainText(NOT_FROM_FACTORY);

  // the multi-contributor registration resumed from a link naming the copy (and an attacker's rewards address)
  await page.goto(`/register/${copy.ed25519Hex}?mode=multi&stake=6250&contract=${copy.address}&rewards=${attacker.address}`);
  await expect(page.getByTestId("multi-contract-refused")).toContainText(NOT_FROM_FACTORY);
  await expect(page.getByTestId("multi-stake")).toHaveCount(0);

  // a solo registration link cannot pre-fill where the rewards go either
  await page.goto(`/register/${copy.ed25519Hex}?mode=solo&rewards=${attacker.address}`);
  await expect(page.getByTestId("solo-rewards")).toHaveValue("");

  expect(wallet.calls.filter((m) => m === "eth_sendTransaction" || m === "eth_signTypedData_v4" || m === "personal_sign")).toEqual([]);
  expect(await chain.approvalsBy(victim.address, fromBlock)).toEqual([]);
});
