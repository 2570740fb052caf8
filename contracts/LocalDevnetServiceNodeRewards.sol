// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {ServiceNodeRewards} from "./ServiceNodeRewards.sol";

/// @title LocalDevnetServiceNodeRewards
/// @notice The devnet's registry: identical ABI, but signed exits and liquidations are allowed
/// immediately after registration (minimum exit age 0) so local flows need no time travel.
contract LocalDevnetServiceNodeRewards is ServiceNodeRewards {
    function _minimumExitAge() internal pure override returns (uint256) {
        return 0;
    }
}
