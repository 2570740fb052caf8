// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title SESH (devnet stand-in)
/// @notice ERC-20 + ERC-2612 permit with Session Token's name, symbol and 9 decimals. The whole
/// supply is minted once to the deployer, like the L1 token and the local-devnet mock.
contract SESH is ERC20, ERC20Permit {
    uint256 public constant VERSION = 2;

    constructor(uint256 totalSupply_, address receiver) ERC20("Session Token", "SESH") ERC20Permit("Session Token") {
        _mint(receiver, totalSupply_);
    }

    function decimals() public pure override returns (uint8) {
        return 9;
    }
}
