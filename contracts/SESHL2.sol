// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";

/// @title SESHL2 (devnet stand-in)
/// @notice The Session Token as Arbitrum One runs it (spec §1.2): an ERC-20 with 9 decimals behind a
/// transparent proxy, no permit, whose whole supply comes from the Arbitrum custom gateway's
/// `bridgeMint` (tokens bridged in from Ethereum) and leaves by `bridgeBurn`. On the devnet a plain
/// account plays the gateway (devnet/token-supply.ts): every SESH on the devnet is minted by it.
/// The dApp's token ABI (lib/contracts/abi/sesh.ts) is generated from this contract.
contract SESHL2 is ERC20Upgradeable {
    uint256 public constant VERSION = 2;

    /// @notice The Arbitrum custom gateway, the only account that mints and burns.
    address public l2Gateway;
    /// @notice The token on Ethereum that this one is the bridged form of.
    address public l1Address;

    modifier onlyGateway() {
        require(msg.sender == l2Gateway, "NOT_GATEWAY");
        _;
    }

    // No constructor, as on Arbitrum: everything is set through the proxy by `initialize`.

    function initialize(address l2Gateway_, address l1Address_) external initializer {
        __ERC20_init("Session Token", "SESH");
        l2Gateway = l2Gateway_;
        l1Address = l1Address_;
    }

    function bridgeMint(address account, uint256 amount) external onlyGateway {
        _mint(account, amount);
    }

    function bridgeBurn(address account, uint256 amount) external onlyGateway {
        _burn(account, amount);
    }

    function decimals() public pure override returns (uint8) {
        return 9;
    }
}
