// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";
import {PausableUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/PausableUpgradeable.sol";

import {BN256G1} from "./libraries/BN256G1.sol";
import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";
import {ServiceNodeContribution} from "./ServiceNodeContribution.sol";

/// @title ServiceNodeContributionFactory (devnet stand-in)
/// @notice Deploys one ServiceNodeContribution per multi-contributor node, with the caller as its
/// operator, and remembers which contracts it made. Deployed behind a transparent proxy.
contract ServiceNodeContributionFactory is Initializable, Ownable2StepUpgradeable, PausableUpgradeable {
    uint256 public constant VERSION = 1;

    IServiceNodeRewards public stakingRewardsContract;
    mapping(address => bool) public deployedContracts;

    event NewServiceNodeContributionContract(
        address indexed contributorContract, uint256 serviceNodePubkey, address operator
    );

    // No constructor, as on Arbitrum: everything is set through the proxy by `initialize`.

    function initialize(address _stakingRewardsContract) external initializer {
        __Ownable_init(msg.sender);
        __Ownable2Step_init();
        __Pausable_init();
        stakingRewardsContract = IServiceNodeRewards(_stakingRewardsContract);
    }

    function deploy(
        BN256G1.G1Point calldata key,
        IServiceNodeRewards.BLSSignatureParams calldata sig,
        IServiceNodeRewards.ServiceNodeParams calldata params,
        IServiceNodeRewards.ReservedContributor[] calldata reserved,
        bool manualFinalize
    ) external whenNotPaused returns (address result) {
        // The contribution contract takes its operator from tx.origin, as the live one does.
        ServiceNodeContribution contribution = new ServiceNodeContribution(
            address(stakingRewardsContract),
            stakingRewardsContract.maxContributors(),
            key,
            sig,
            params,
            reserved,
            manualFinalize
        );
        result = address(contribution);
        deployedContracts[result] = true;
        emit NewServiceNodeContributionContract(result, params.serviceNodePubkey, msg.sender);
    }

    function owns(address contractAddress) external view returns (bool) {
        return deployedContracts[contractAddress];
    }

    function pause() external onlyOwner {
        _pause();
    }

    function unpause() external onlyOwner {
        _unpause();
    }
}
