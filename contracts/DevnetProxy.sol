// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.22;

// The live staking contracts sit behind OpenZeppelin transparent proxies, so the devnet deploys its
// stand-ins the same way: tags are computed with the proxy address and ownership starts at zero.
// This file only makes the compile script emit TransparentUpgradeableProxy into contracts/out.
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
