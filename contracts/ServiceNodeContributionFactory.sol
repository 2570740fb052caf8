// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

import {BN256G1} from "./libraries/BN256G1.sol";
import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";
import {ServiceNodeContribution} from "./ServiceNodeContribution.sol";

/// @title ServiceNodeContributionFactory (devnet stand-in)
/// @notice Deploys one ServiceNodeContribution per multi-contributor node, with the caller as its
/// operator, and remembers which contracts it made. Deployed behind a transparent proxy.
contract ServiceNodeContributionFactory is Initializable, Ownable2Step, Pausable {
    uint256 public constant VERSION = 1;

    IServiceNodeRewards public stakingRewardsContract;
    mapping(address => bool) public deployedContracts;

    event NewServiceNodeContributionContract(
        address indexed contributorContract, uint256 serviceNodePubkey, address operator
    );

    /// @dev The implementation itself is owned by its deployer and can never be initialised.
    constructor() Ownable(msg.sender) {
        _disableInitializers();
    }

    function initialize(address _stakingRewardsContract) external initializer {
        _transferOwnership(msg.sender);
        stakingRewardsContract = IServiceNodeRewards(_stakingRewardsContract);
    }

    function deploy(
        BN256G1.G1Point calldata key,
        IServiceNodeRewards.BLSSignatureParams calldata sig,
        IServiceNodeRewards.ServiceNodeParams calldata params,
        IServiceNodeRewards.ReservedContributor[] calldata reserved,
        bool manualFinalize
    ) external whenNotPaused returns (address result) {
        ServiceNodeContribution contribution = new ServiceNodeContribution(
            address(stakingRewardsContract),
            stakingRewardsContract.maxContributors(),
            msg.sender,
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
