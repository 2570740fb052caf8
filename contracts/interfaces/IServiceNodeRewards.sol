// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {BN256G1} from "../libraries/BN256G1.sol";

/// @title IServiceNodeRewards
/// @notice Devnet stand-in interface of Session's registry/rewards contract. Struct field order and
/// names follow the public interface specification so every ABI tuple, selector and topic matches.
interface IServiceNodeRewards {
    struct Staker {
        address addr; // wallet that staked
        address beneficiary; // wallet that receives the rewards
    }

    struct Contributor {
        Staker staker;
        uint256 stakedAmount;
    }

    struct ReservedContributor {
        address addr;
        uint256 amount;
    }

    struct SeedServiceNode {
        BN256G1.G1Point blsPubkey;
        uint256 ed25519Pubkey;
        uint256 addedTimestamp;
        Contributor[] contributors;
    }

    struct ServiceNode {
        uint64 next;
        uint64 prev;
        address operator;
        BN256G1.G1Point blsPubkey;
        uint256 addedTimestamp;
        uint256 leaveRequestTimestamp;
        uint256 latestLeaveRequestTimestamp;
        uint256 deposit;
        Contributor[] contributors;
        uint256 ed25519Pubkey;
    }

    struct BLSSignatureParams {
        uint256 sigs0; // x.real
        uint256 sigs1; // x.imag
        uint256 sigs2; // y.real
        uint256 sigs3; // y.imag
    }

    struct ServiceNodeParams {
        uint256 serviceNodePubkey;
        uint256 serviceNodeSignature1;
        uint256 serviceNodeSignature2;
        uint16 fee;
    }

    function designatedToken() external view returns (address);
    function stakingRequirement() external view returns (uint256);
    function maxContributors() external view returns (uint256);

    function addBLSPublicKey(
        BN256G1.G1Point calldata blsPubkey,
        BLSSignatureParams calldata blsSignature,
        ServiceNodeParams calldata serviceNodeParams,
        Contributor[] calldata contributors
    ) external;

    function validateProofOfPossession(
        BN256G1.G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) external;
}

