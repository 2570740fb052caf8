import { describe, expect, it } from "vitest";
import { aggregatePublicKeys } from "../bls/keys";
import { blsVerify } from "../bls/sign";
import { rewardMessage } from "../bls/messages";
import { blsPubkeyHexToG1, blsSignatureHexToParams } from "@/lib/contracts/encoders";
import { devnetNodeKeys } from "../node-keys";
import { chooseNonSigners, Keystore, signAsNetwork, type LiveNode } from "./signer";

const TAG = "0xa6e40ebe6dc45934009c43586f8bd8f181e96a6673d9dcd9810e66a913ace6fe" as const;
const REWARD_TAG = "0xccff993f294eb41cc9c31da11eed6d1443d33546ad5d8ae20f686fc596625b4b" as const;
const live: LiveNode[] = [1, 2, 3, 4, 5, 6].map((n) => ({ id: BigInt(n), blsHex: devnetNodeKeys(n).blsHex }));

describe("the network's signature", () => {
  it("lists keys it cannot sign for first, then offline nodes, within the threshold", () => {
    const canSign = (n: LiveNode) => n.id !== 6n;
    const offline = (n: LiveNode) => n.id === 2n || n.id === 3n;
    expect(chooseNonSigners(live, canSign, offline, 2).map((n) => n.id)).toEqual([6n, 2n]);
    expect(chooseNonSigners(live, () => true, offline, 0)).toEqual([]);
    expect(() => chooseNonSigners(live, () => false, offline, 2)).toThrow(/6 live nodes have keys it does not hold/);
  });

  it("is the signers' aggregate signature: it verifies against the aggregate of every key but the non-signers'", () => {
    const message = rewardMessage(REWARD_TAG, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", 5_000_000_000n);
    const sig = signAsNetwork(new Keystore(6), message, TAG, live, 2, (n) => n.id === 4n);
    expect(sig.nonSignerIds).toEqual([4n]);
    const signers = aggregatePublicKeys([1, 2, 3, 5, 6].map((n) => devnetNodeKeys(n).blsPubkey));
    expect(blsPubkeyHexToG1(sig.aggregatePubkey)).toEqual(signers);
    const p = blsSignatureHexToParams(sig.signature);
    const g2 = { xReal: p.sigs0, xImag: p.sigs1, yReal: p.sigs2, yImag: p.sigs3 };
    expect(blsVerify(signers, message, TAG, g2)).toBe(true);
    const everyone = aggregatePublicKeys(live.map((n) => blsPubkeyHexToG1(n.blsHex)));
    expect(blsVerify(everyone, message, TAG, g2)).toBe(false);
  });
});
