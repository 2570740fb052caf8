// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {BN256G1} from "./libraries/BN256G1.sol";
import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";

/// @dev The calls a vesting contract forwards to the rewards contract that IServiceNodeRewards
/// (the contribution contract's view of it) does not declare.
interface IVestingRewardsCalls {
    function initiateExitBLSPublicKey(uint64 serviceNodeID) external;
    function claimRewards() external;
    function claimRewards(uint256 amount) external;
}

/// @dev What a vesting contract calls on a multi-contributor node contract.
interface IVestingContributionCalls {
    function contributeFunds(uint256 amount, address beneficiary) external;
    function withdrawContribution() external;
    function updateBeneficiary(address newBeneficiary) external;
}

/// @dev The factory vouches for the node contracts a vesting contract may send tokens to.
interface IVestingContributionFactory {
    function owns(address contractAddress) external view returns (bool);
}

/// @title TokenVestingStaking (devnet stand-in)
/// @notice Holds one investor's SESH until `end` (a cliff: nothing before, everything after) and
/// lets the beneficiary stake it meanwhile, the vesting contract itself being the staker: it
/// registers solo nodes, contributes to nodes the factory made, withdraws, requests exits and
/// claims rewards, so stakes and rewards come back to it, never to the beneficiary's wallet.
/// A revoker (optional) may revoke before `end`: from then on the revoker, not the beneficiary,
/// acts for the contract, and takes the whole balance once `end` has passed.
/// ABI-compatible with Session's contract (spec Appendix B and C.3): same constructor, views,
/// events, revert strings and library errors; written from the specification.
contract TokenVestingStaking {
    using SafeERC20 for IERC20;

    address public beneficiary;
    address public revoker;
    bool public immutable transferableBeneficiary;
    uint256 public immutable start;
    uint256 public immutable end;
    bool public revoked;

    IERC20 public immutable SESH;
    IServiceNodeRewards public immutable rewardsContract;
    IVestingContributionFactory public immutable snContribFactory;

    event TokensReleased(address indexed token, uint256 amount);
    event TokensRevokedReleased(address indexed token, uint256 amount);
    event TokenVestingRevoked(address indexed token);
    event BeneficiaryTransferred(address oldBeneficiary, address newBeneficiary);
    event RevokerTransferred(address oldRevoker, address newRevoker);

    // Library errors the live bytecode (OZ 5.0.x SafeERC20 and Address) can raise. OZ 5.7's
    // SafeERC20 raises only SafeERC20FailedOperation; the others are declared so the ABI and the
    // dApp's error table keep all four of the live contract.
    error AddressEmptyCode(address target);
    error AddressInsufficientBalance(address account);
    error FailedInnerCall();

    string private constant ZERO_ADDRESS = "Shared: Zero-address is not permitted";

    constructor(
        address beneficiary_,
        address revoker_,
        uint256 start_,
        uint256 end_,
        bool transferableBeneficiary_,
        address rewardsContract_,
        address snContribFactory_,
        address sesh_
    ) {
        _requireNonZero(beneficiary_);
        _requireNonZero(rewardsContract_);
        _requireNonZero(sesh_);
        require(start_ <= end_, "Vesting: start_ after end_");
        require(block.timestamp < start_, "Vesting: start before current time");
        // revoker_ == 0: never revocable. snContribFactory_ == 0: no multi-contributor staking.
        beneficiary = beneficiary_;
        revoker = revoker_;
        start = start_;
        end = end_;
        transferableBeneficiary = transferableBeneficiary_;
        rewardsContract = IServiceNodeRewards(rewardsContract_);
        snContribFactory = IVestingContributionFactory(snContribFactory_);
        SESH = IERC20(sesh_);
    }

    // ------------------------------------------------------------------ access

    /// @dev Staking access: the beneficiary acts, or the revoker once revoked; never before start.
    modifier onlyVestingAccess() {
        if (revoked) {
            require(msg.sender == revoker, "Vesting: Caller must be revoker");
        } else {
            require(msg.sender == beneficiary, "Vesting: Caller must be beneficiary");
        }
        require(block.timestamp >= start, "Vesting: not started");
        _;
    }

    modifier onlyBeneficiary() {
        require(msg.sender == beneficiary, "Vesting: Caller must be beneficiary");
        _;
    }

    modifier onlyRevoker() {
        require(msg.sender == revoker, "Vesting: Caller must be revoker");
        _;
    }

    function _requireNonZero(address value) private pure {
        require(value != address(0), ZERO_ADDRESS);
    }

    // ------------------------------------------------------------------ staking

    /// @notice Registers a solo node staked entirely by this contract; the node's proof of
    /// possession must be signed over this contract's address (its operator).
    function addBLSPublicKey(
        BN256G1.G1Point calldata blsPubkey,
        IServiceNodeRewards.BLSSignatureParams calldata blsSignature,
        IServiceNodeRewards.ServiceNodeParams calldata serviceNodeParams,
        address snBeneficiary
    ) external onlyVestingAccess {
        _requireNonZero(snBeneficiary);
        uint256 requirement = rewardsContract.stakingRequirement();
        IServiceNodeRewards.Contributor[] memory contributors = new IServiceNodeRewards.Contributor[](1);
        contributors[0] = IServiceNodeRewards.Contributor(IServiceNodeRewards.Staker(address(this), snBeneficiary), requirement);
        SESH.forceApprove(address(rewardsContract), requirement);
        rewardsContract.addBLSPublicKey(blsPubkey, blsSignature, serviceNodeParams, contributors);
    }

    /// @notice Stakes `amount` in a multi-contributor node the factory made, as this contract.
    function contributeFunds(address snContribAddr, uint256 amount, address snContribBeneficiary)
        external
        onlyVestingAccess
    {
        _requireNonZero(snContribBeneficiary);
        // A node contract the factory did not make could keep the tokens: refuse it.
        require(
            address(snContribFactory) != address(0) && snContribFactory.owns(snContribAddr),
            "Contract address is not a valid multi-contributor SN contract"
        );
        SESH.forceApprove(snContribAddr, amount);
        IVestingContributionCalls(snContribAddr).contributeFunds(amount, snContribBeneficiary);
    }

    function withdrawContribution(address snContribAddr) external onlyVestingAccess {
        IVestingContributionCalls(snContribAddr).withdrawContribution();
    }

    function updateBeneficiary(address snContribAddr, address snContribBeneficiary) external onlyVestingAccess {
        _requireNonZero(snContribBeneficiary);
        IVestingContributionCalls(snContribAddr).updateBeneficiary(snContribBeneficiary);
    }

    function initiateExitBLSPublicKey(uint64 serviceNodeID) external onlyVestingAccess {
        IVestingRewardsCalls(address(rewardsContract)).initiateExitBLSPublicKey(serviceNodeID);
    }

    /// @notice Claims every reward this contract is owed; the tokens land here.
    function claimRewards() external onlyVestingAccess {
        IVestingRewardsCalls(address(rewardsContract)).claimRewards();
    }

    function claimRewards(uint256 amount) external onlyVestingAccess {
        IVestingRewardsCalls(address(rewardsContract)).claimRewards(amount);
    }

    // ------------------------------------------------------------------ vesting

    /// @notice After `end`, sends this contract's whole balance of `token` to the beneficiary.
    function release(IERC20 token) external onlyBeneficiary {
        require(!revoked, "Vesting: token revoked");
        uint256 amount = block.timestamp >= end ? token.balanceOf(address(this)) : 0;
        require(amount > 0, "Vesting: no tokens are due");
        emit TokensReleased(address(token), amount);
        token.safeTransfer(beneficiary, amount);
    }

    /// @notice Revokes (once, not after `end`), and after `end` sends the whole balance of
    /// `token` to the revoker: a revoker revokes early, then calls again once the cliff passed.
    function revoke(IERC20 token) external onlyRevoker {
        if (!revoked) {
            require(block.timestamp <= end, "Vesting: vesting expired");
            revoked = true;
            emit TokenVestingRevoked(address(token));
        }
        if (block.timestamp >= end) {
            uint256 amount = token.balanceOf(address(this));
            emit TokensRevokedReleased(address(token), amount);
            token.safeTransfer(revoker, amount);
        }
    }

    function transferBeneficiary(address beneficiary_) external onlyBeneficiary {
        require(transferableBeneficiary, "Vesting: beneficiary not transferable");
        _requireNonZero(beneficiary_);
        emit BeneficiaryTransferred(beneficiary, beneficiary_);
        beneficiary = beneficiary_;
    }

    function transferRevoker(address revoker_) external onlyRevoker {
        _requireNonZero(revoker_);
        emit RevokerTransferred(revoker, revoker_);
        revoker = revoker_;
    }
}
