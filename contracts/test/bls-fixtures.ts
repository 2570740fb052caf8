// BLS material for the contract tests, made with the devnet's TypeScript BLS (devnet/bls): node
// keys from seeds, proofs of possession and network (aggregate) signatures over the exact
// messages the contracts hash, using the tags read from the deployed rewards contract.
import { keccak256, toBytes, type Address } from "viem";
import { blsPublicKey, blsSecretKeyFromSeed, type G1 } from "@/devnet/bls/keys";
import { aggregateSignatures, blsSign, signatureToParams } from "@/devnet/bls/sign";
import { exitMessage, liquidateMessage, popMessage, rewardMessage } from "@/devnet/bls/messages";
import type { Chain } from "./chain";
import { readTags as readContractTags, type Tags } from "@/devnet/contract-tags";

export type { Tags };

export type TestNode = { seed: string; sk: bigint; pk: G1; ed25519: bigint };
export type SignatureParams = { sigs0: bigint; sigs1: bigint; sigs2: bigint; sigs3: bigint };

export function makeNode(seed: string): TestNode {
  const sk = blsSecretKeyFromSeed(seed);
  return { seed, sk, pk: blsPublicKey(sk), ed25519: BigInt(keccak256(toBytes(`ed25519:${seed}`))) };
}

export async function readTags(chain: Chain): Promise<Tags> {
  return readContractTags(chain.publicClient, chain.addresses.rewards);
}

/** The node's proof of possession over `operator` (contributors[0] of its registration). */
export function popSignature(tags: Tags, node: TestNode, operator: Address): SignatureParams {
  return signatureToParams(blsSign(node.sk, popMessage(tags.pop, node.pk, operator, node.ed25519), tags.hashToG2));
}

function aggregateSign(tags: Tags, signers: TestNode[], message: Uint8Array): SignatureParams {
  return signatureToParams(aggregateSignatures(signers.map((n) => blsSign(n.sk, message, tags.hashToG2))));
}

export const signRewards = (tags: Tags, signers: TestNode[], recipient: Address, amount: bigint) =>
  aggregateSign(tags, signers, rewardMessage(tags.reward, recipient, amount));

export const signExit = (tags: Tags, signers: TestNode[], pk: G1, timestamp: bigint) =>
  aggregateSign(tags, signers, exitMessage(tags.exit, pk, timestamp));

export const signLiquidation = (tags: Tags, signers: TestNode[], pk: G1, timestamp: bigint) =>
  aggregateSign(tags, signers, liquidateMessage(tags.liquidate, pk, timestamp));

export const serviceNodeParams = (node: TestNode, fee = 0) => ({
  serviceNodePubkey: node.ed25519,
  serviceNodeSignature1: 1n, // ed25519 signatures are stored, never verified on-chain
  serviceNodeSignature2: 2n,
  fee,
});
