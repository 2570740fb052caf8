/**
 * A contract write, typed at the builder against the deployed ABI (function name and arguments),
 * then carried as plain data by the transaction engine (lib/tx), which simulates and sends it.
 */
import type { Abi, Address, ContractFunctionArgs, ContractFunctionName } from "viem";

export type WriteCall = {
  readonly address: Address;
  readonly abi: Abi;
  readonly functionName: string;
  readonly args: readonly unknown[];
};

type WriteMutability = "nonpayable";

export function writeCall<
  const abi extends Abi,
  functionName extends ContractFunctionName<abi, WriteMutability>,
  const args extends ContractFunctionArgs<abi, WriteMutability, functionName>,
>(p: { address: Address; abi: abi; functionName: functionName; args: args }): WriteCall {
  return { address: p.address, abi: p.abi, functionName: p.functionName, args: p.args as readonly unknown[] };
}
