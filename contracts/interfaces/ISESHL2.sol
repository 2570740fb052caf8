// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

/// @title ISESHL2: the Session Token as deployed on Arbitrum (spec §1.2)
/// @notice The dApp's token ABI (lib/contracts/abi/sesh.ts) is generated from this interface, not
/// from the devnet's token: on Arbitrum One the token is SESHL2, a plain ERC-20 minted by the
/// Arbitrum gateway, with no ERC-2612 permit, nonces or EIP-712 domain. The devnet's SESH keeps
/// permit for its own purposes, but no dApp flow can call it because the dApp's ABI lacks it.
interface ISESHL2 {
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event Initialized(uint64 version);
    event Transfer(address indexed from, address indexed to, uint256 value);

    error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed);
    error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed);
    error ERC20InvalidApprover(address approver);
    error ERC20InvalidReceiver(address receiver);
    error ERC20InvalidSender(address sender);
    error ERC20InvalidSpender(address spender);
    error InvalidInitialization();
    error NotInitializing();

    function VERSION() external view returns (uint256);
    function allowance(address owner, address spender) external view returns (uint256);
    function approve(address spender, uint256 value) external returns (bool);
    function balanceOf(address account) external view returns (uint256);
    function bridgeBurn(address account, uint256 amount) external;
    function bridgeMint(address account, uint256 amount) external;
    function decimals() external pure returns (uint8);
    function initialize(address l2Gateway_, address l1Address_) external;
    function l1Address() external view returns (address);
    function l2Gateway() external view returns (address);
    function name() external view returns (string memory);
    function symbol() external view returns (string memory);
    function totalSupply() external view returns (uint256);
    function transfer(address to, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}
