// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";
import {PausableUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/PausableUpgradeable.sol";

import {BN256G1} from "./libraries/BN256G1.sol";
import {BN256G2} from "./libraries/BN256G2.sol";
import {Pairing} from "./libraries/Pairing.sol";
import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";

/// @title ServiceNodeRewards (devnet stand-in)
/// @notice Clean-room, ABI-compatible stand-in of Session's registry and rewards contract, written
/// from the public interface specification (functions, events, errors and structs keep the same
/// names, types and order, so selectors and topics match). Registry of Session nodes kept as a
/// doubly-linked list, aggregate BLS key, network-signed rewards balances, claims with a per-cycle
/// cap, leave requests, signed and timed exits, liquidation and owner seeding. BLS signatures are
/// verified for real with the BN254 precompiles through the project's BLS libraries. Deployed
/// behind a transparent proxy; `initialize` runs through the proxy.
contract ServiceNodeRewards is Initializable, Ownable2StepUpgradeable, PausableUpgradeable {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------ constants

    uint256 public constant VERSION = 1;
    uint64 public constant LIST_SENTINEL = 0;
    uint256 public constant MAX_SERVICE_NODE_EXIT_WAIT_TIME = 30 days;
    uint256 public constant MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND = 20;
    uint256 public constant MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST = 1 hours;
    uint256 public constant SMALL_CONTRIBUTOR_LEAVE_DELAY = 30 days;
    uint256 public constant SMALL_CONTRIBUTOR_DIVISOR = 4;

    // ------------------------------------------------------------------ state (spec storage order)

    bool public isStarted;
    IERC20 public designatedToken;
    IERC20 public foundationPool;

    uint64 public nextServiceNodeID;
    uint256 public totalNodes;
    uint256 public blsNonSignerThreshold;
    uint256 public blsNonSignerThresholdMax;
    uint256 public signatureExpiry;

    bytes32 public proofOfPossessionTag;
    bytes32 public rewardTag;
    bytes32 public exitTag;
    bytes32 public liquidateTag;
    bytes32 public hashToG2Tag;

    uint256 public stakingRequirement;
    uint256 public maxContributors;
    uint256 public liquidatorRewardRatio;
    uint256 public poolShareOfLiquidationRatio;
    uint256 public recipientRatio;

    mapping(uint64 => IServiceNodeRewards.ServiceNode) private _serviceNodes;

    struct Recipient {
        uint256 rewards; // lifetime total authorised by the network
        uint256 claimed; // lifetime total paid out
    }

    mapping(address => Recipient) public recipients;
    /// @dev Key: abi.encode(X, Y) of the BLS public key (64 bytes).
    mapping(bytes => uint64) public serviceNodeIDs;

    BN256G1.G1Point private _aggregatePubkey;
    uint256 public lastHeightPubkeyWasAggregated;
    uint256 public numPubkeyAggregationsForHeight;

    uint256 public claimThreshold;
    uint256 public claimCycle;
    uint256 public currentClaimTotal;
    uint256 public currentClaimCycle;

    mapping(uint256 => uint64) public ed25519ToServiceNodeID;

    // ------------------------------------------------------------------ events

    event NewSeededServiceNode(uint64 indexed serviceNodeID, BN256G1.G1Point blsPubkey, uint256 ed25519Pubkey);
    event NewServiceNodeV2(
        uint64 indexed serviceNodeID,
        address initiator,
        BN256G1.G1Point pubkey,
        IServiceNodeRewards.ServiceNodeParams serviceNode,
        IServiceNodeRewards.Contributor[] contributors
    );
    event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance);
    event RewardsClaimed(address indexed recipientAddress, uint256 amount);
    event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, BN256G1.G1Point pubkey);
    event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, BN256G1.G1Point pubkey);
    event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, BN256G1.G1Point pubkey);
    event StakingRequirementUpdated(uint256 newRequirement);
    event SignatureExpiryUpdated(uint256 newExpiry);
    event BLSNonSignerThresholdMaxUpdated(uint256 newMax);
    event ClaimThresholdUpdated(uint256 newThreshold);
    event ClaimCycleUpdated(uint256 newValue);
    event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio);

    // ------------------------------------------------------------------ errors

    error BLSPubkeyAlreadyExists(uint64 serviceNodeID);
    error BLSPubkeyDoesNotExist(BN256G1.G1Point pubkey);
    error BLSPubkeyDoesNotMatch(uint64 serviceNodeID, BN256G1.G1Point pubkey);
    error CallerNotContributor(uint64 serviceNodeID, address caller);
    error ClaimThresholdExceeded();
    error ContractAlreadyStarted();
    error ContractNotStarted();
    error ContributionTotalMismatch(uint256 required, uint256 provided);
    error DeleteSentinelNodeNotAllowed();
    error Ed25519PubkeyAlreadyExists(uint64 serviceNodeID);
    error ExitTooEarly(uint64 serviceNodeID, uint256 addedTimestamp, uint256 currenttime);
    error InsufficientBLSSignatures(uint256 numSigners, uint256 requiredSigners);
    error InsufficientContributors();
    error InsufficientNodes();
    error InsufficientOperatorContribution(uint256 operatorStake);
    error InvalidBLSProofOfPossession();
    error InvalidBLSSignature(BN256G1.G1Point aggPubkey);
    error LeaveRequestNotInitiatedYet(uint64 serviceNodeID);
    error LeaveRequestTooEarly(uint64 serviceNodeID, uint256 endTimestamp, uint256 currTimestamp);
    error LiquidatorPenaltyTooHigh();
    error MaxClaimExceeded();
    error MaxContributorsExceeded();
    error MaxPubkeyAggregationsExceeded();
    error NullAddress();
    error NullBLSPubkey();
    error NullEd25519Pubkey();
    error PositiveNumberRequirement();
    error RecipientAddressDoesNotMatch(address expectedRecipient, address providedRecipient, uint256 serviceNodeID);
    error RecipientRewardsTooLow();
    error ServiceNodeDoesntExist(uint64 serviceNodeID);
    error SignatureExpired(uint64 serviceNodeID, uint256 timestamp, uint256 currenttime);
    error SmallContributorLeaveTooEarly(uint64 serviceNodeID, address contributor);
    // Library errors the live (OZ 5.0.x) bytecode can raise; declared so the dApp can decode them.
    error AddressEmptyCode(address target);
    error AddressInsufficientBalance(address account);
    error FailedInnerCall();

    // ------------------------------------------------------------------ modifiers

    modifier whenStarted() {
        if (!isStarted) revert ContractNotStarted();
        _;
    }

    /// @dev At most `blsNonSignerThreshold` nodes may be missing from a network signature.
    modifier hasEnoughSigners(uint256 numberOfNonSigners) {
        if (numberOfNonSigners > blsNonSignerThreshold) {
            // Saturate instead of underflowing when more ids than nodes are given.
            uint256 signers = numberOfNonSigners > totalNodes ? 0 : totalNodes - numberOfNonSigners;
            revert InsufficientBLSSignatures(signers, totalNodes - blsNonSignerThreshold);
        }
        _;
    }

    // ------------------------------------------------------------------ initialisation

    // No constructor, as on Arbitrum: everything is set through the proxy by `initialize`.

    function initialize(
        address token_,
        address foundationPool_,
        uint256 stakingRequirement_,
        uint256 maxContributors_,
        uint256 liquidatorRewardRatio_,
        uint256 poolShareOfLiquidationRatio_,
        uint256 recipientRatio_
    ) external initializer {
        __Ownable_init(msg.sender);
        __Ownable2Step_init();
        __Pausable_init();
        _checkLiquidationRatios(liquidatorRewardRatio_, poolShareOfLiquidationRatio_, recipientRatio_);

        isStarted = false;
        designatedToken = IERC20(token_);
        foundationPool = IERC20(foundationPool_);
        stakingRequirement = stakingRequirement_;
        maxContributors = maxContributors_;
        liquidatorRewardRatio = liquidatorRewardRatio_;
        poolShareOfLiquidationRatio = poolShareOfLiquidationRatio_;
        recipientRatio = recipientRatio_;

        nextServiceNodeID = LIST_SENTINEL + 1;
        blsNonSignerThreshold = 0;
        blsNonSignerThresholdMax = 4000;
        signatureExpiry = 10 minutes;
        claimThreshold = 1_000_000 * 1e9;
        claimCycle = 12 hours;

        // Domain-separated tags bind every signature to this chain and this (proxy) address.
        proofOfPossessionTag = _domainTag("BLS_SIG_TRYANDINCREMENT_POP");
        rewardTag = _domainTag("BLS_SIG_TRYANDINCREMENT_REWARD");
        exitTag = _domainTag("BLS_SIG_TRYANDINCREMENT_EXIT");
        liquidateTag = _domainTag("BLS_SIG_TRYANDINCREMENT_LIQUIDATE");
        hashToG2Tag = _domainTag("BLS_SIG_HASH_TO_FIELD_TAG");
    }

    function _domainTag(string memory base) private view returns (bytes32) {
        return keccak256(abi.encodePacked(base, block.chainid, address(this)));
    }

    /// @dev Minimum age before a signed exit or liquidation; the local-devnet variant returns 0.
    function _minimumExitAge() internal view virtual returns (uint256) {
        return 2 hours;
    }

    // ------------------------------------------------------------------ registration

    function addBLSPublicKey(
        BN256G1.G1Point calldata blsPubkey,
        IServiceNodeRewards.BLSSignatureParams calldata blsSignature,
        IServiceNodeRewards.ServiceNodeParams calldata serviceNodeParams,
        IServiceNodeRewards.Contributor[] calldata contributors
    ) external whenNotPaused whenStarted {
        IServiceNodeRewards.Contributor[] memory effective;
        if (contributors.length == 0) {
            // Solo registration: the caller stakes the whole requirement and receives the rewards.
            effective = new IServiceNodeRewards.Contributor[](1);
            effective[0] = IServiceNodeRewards.Contributor(
                IServiceNodeRewards.Staker(msg.sender, msg.sender), stakingRequirement
            );
        } else {
            _validateContributors(contributors);
            effective = contributors;
        }
        address operator = effective[0].staker.addr;

        BN256G1.G1Point memory pubkey = blsPubkey;
        _checkNewKeys(pubkey, serviceNodeParams.serviceNodePubkey, true, blsSignature, operator);

        _countPubkeyAggregation();
        uint64 id = _addServiceNode(pubkey, serviceNodeParams.serviceNodePubkey, operator, effective, block.timestamp);
        _updateBLSNonSignerThreshold();

        emit NewServiceNodeV2(id, msg.sender, pubkey, serviceNodeParams, effective);
        designatedToken.safeTransferFrom(msg.sender, address(this), stakingRequirement);
    }

    function _validateContributors(IServiceNodeRewards.Contributor[] calldata contributors) private view {
        if (contributors.length > maxContributors) revert MaxContributorsExceeded();
        uint256 total = 0;
        for (uint256 i = 0; i < contributors.length; i++) {
            total += contributors[i].stakedAmount;
        }
        if (total != stakingRequirement) revert ContributionTotalMismatch(stakingRequirement, total);
        if (contributors[0].stakedAmount * SMALL_CONTRIBUTOR_DIVISOR < stakingRequirement) {
            revert InsufficientOperatorContribution(contributors[0].stakedAmount);
        }
    }

    /// @dev Registration/seed key checks in the specified precedence; PoP only when `checkPoP`.
    function _checkNewKeys(
        BN256G1.G1Point memory pubkey,
        uint256 ed25519Pubkey,
        bool checkPoP,
        IServiceNodeRewards.BLSSignatureParams memory blsSignature,
        address operator
    ) private {
        uint64 existing = serviceNodeIDs[abi.encode(pubkey.X, pubkey.Y)];
        if (existing != 0) revert BLSPubkeyAlreadyExists(existing);
        if (checkPoP) _validateProofOfPossession(pubkey, blsSignature, operator, ed25519Pubkey);
        if (pubkey.X == 0 || pubkey.Y == 0) revert NullBLSPubkey();
        if (ed25519Pubkey == 0) revert NullEd25519Pubkey();
        uint64 edExisting = ed25519ToServiceNodeID[ed25519Pubkey];
        if (edExisting != 0) revert Ed25519PubkeyAlreadyExists(edExisting);
    }

    /// @dev Per-block cap on key additions after start (mirrors the live contract's rate limit).
    function _countPubkeyAggregation() private {
        if (block.number != lastHeightPubkeyWasAggregated) {
            lastHeightPubkeyWasAggregated = block.number;
            numPubkeyAggregationsForHeight = 0;
        }
        numPubkeyAggregationsForHeight++;
        if (numPubkeyAggregationsForHeight > maxPermittedPubkeyAggregations()) {
            revert MaxPubkeyAggregationsExceeded();
        }
    }

    /// @notice Reverts `InvalidBLSProofOfPossession()` unless `blsSignature` signs
    /// `proofOfPossessionTag ‖ X ‖ Y ‖ caller ‖ serviceNodePubkey` with `blsPubkey`.
    function validateProofOfPossession(
        BN256G1.G1Point memory blsPubkey,
        IServiceNodeRewards.BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) external {
        _validateProofOfPossession(blsPubkey, blsSignature, caller, serviceNodePubkey);
    }

    function _validateProofOfPossession(
        BN256G1.G1Point memory blsPubkey,
        IServiceNodeRewards.BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) private {
        bytes memory message =
            abi.encodePacked(proofOfPossessionTag, blsPubkey.X, blsPubkey.Y, caller, serviceNodePubkey);
        if (!_verify(blsPubkey, message, blsSignature)) revert InvalidBLSProofOfPossession();
    }

    function _addServiceNode(
        BN256G1.G1Point memory pubkey,
        uint256 ed25519Pubkey,
        address operator,
        IServiceNodeRewards.Contributor[] memory contributors,
        uint256 addedTimestamp
    ) private returns (uint64 id) {
        id = nextServiceNodeID++;
        IServiceNodeRewards.ServiceNode storage sentinel = _serviceNodes[LIST_SENTINEL];
        uint64 tail = sentinel.prev;

        IServiceNodeRewards.ServiceNode storage node = _serviceNodes[id];
        node.prev = tail;
        node.next = LIST_SENTINEL;
        node.operator = operator;
        node.blsPubkey = pubkey;
        node.addedTimestamp = addedTimestamp;
        node.deposit = stakingRequirement;
        node.ed25519Pubkey = ed25519Pubkey;
        for (uint256 i = 0; i < contributors.length; i++) {
            node.contributors.push(contributors[i]);
        }
        _serviceNodes[tail].next = id;
        sentinel.prev = id;

        serviceNodeIDs[abi.encode(pubkey.X, pubkey.Y)] = id;
        ed25519ToServiceNodeID[ed25519Pubkey] = id;
        _aggregatePubkey = BN256G1.add(_aggregatePubkey, pubkey);
        totalNodes++;
    }

    // ------------------------------------------------------------------ leaving

    function initiateExitBLSPublicKey(uint64 serviceNodeID) external whenNotPaused whenStarted {
        IServiceNodeRewards.ServiceNode storage node = _serviceNodes[serviceNodeID];
        bool found = false;
        uint256 stakedAmount = 0;
        for (uint256 i = 0; i < node.contributors.length; i++) {
            if (node.contributors[i].staker.addr == msg.sender) {
                found = true;
                stakedAmount = node.contributors[i].stakedAmount;
                break;
            }
        }
        if (!found) revert CallerNotContributor(serviceNodeID, msg.sender);

        if (node.leaveRequestTimestamp == 0) {
            bool small = stakedAmount * SMALL_CONTRIBUTOR_DIVISOR < node.deposit;
            if (small && block.timestamp < node.addedTimestamp + SMALL_CONTRIBUTOR_LEAVE_DELAY) {
                revert SmallContributorLeaveTooEarly(serviceNodeID, msg.sender);
            }
            node.leaveRequestTimestamp = block.timestamp;
        } else {
            uint256 earliest = node.latestLeaveRequestTimestamp + MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST;
            if (block.timestamp < earliest) revert LeaveRequestTooEarly(serviceNodeID, earliest, block.timestamp);
        }
        node.latestLeaveRequestTimestamp = block.timestamp;
        emit ServiceNodeExitRequest(serviceNodeID, msg.sender, node.blsPubkey);
    }

    function exitBLSPublicKeyWithSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        IServiceNodeRewards.BLSSignatureParams calldata blsSignature,
        uint64[] calldata ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        uint64 id = _checkSignedRemoval(blsPubkey, timestamp);
        bytes memory message = abi.encodePacked(exitTag, blsPubkey.X, blsPubkey.Y, timestamp);
        _validateSignatureOrRevert(ids, message, blsSignature);
        uint256 deposit = _serviceNodes[id].deposit;
        _removeServiceNode(id);
        emit ServiceNodeExit(id, msg.sender, deposit, blsPubkey);
    }

    function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) external whenNotPaused whenStarted {
        IServiceNodeRewards.ServiceNode storage node = _serviceNodes[serviceNodeID];
        uint256 requested = node.leaveRequestTimestamp;
        if (requested == 0) revert LeaveRequestNotInitiatedYet(serviceNodeID);
        uint256 earliest = requested + MAX_SERVICE_NODE_EXIT_WAIT_TIME;
        if (block.timestamp < earliest) revert LeaveRequestTooEarly(serviceNodeID, earliest, block.timestamp);
        BN256G1.G1Point memory pubkey = node.blsPubkey;
        uint256 deposit = node.deposit;
        _removeServiceNode(serviceNodeID);
        emit ServiceNodeExit(serviceNodeID, msg.sender, deposit, pubkey);
    }

    function liquidateBLSPublicKeyWithSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        IServiceNodeRewards.BLSSignatureParams calldata blsSignature,
        uint64[] calldata ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        uint64 id = _checkSignedRemoval(blsPubkey, timestamp);
        bytes memory message = abi.encodePacked(liquidateTag, blsPubkey.X, blsPubkey.Y, timestamp);
        _validateSignatureOrRevert(ids, message, blsSignature);

        (uint256 deposit, uint256 liquidatorAmount, uint256 poolAmount) = _liquidationAmounts(id);
        emit ServiceNodeLiquidated(id, msg.sender, blsPubkey);
        _removeServiceNode(id);
        emit ServiceNodeExit(id, msg.sender, deposit - liquidatorAmount - poolAmount, blsPubkey);

        if (liquidatorRewardRatio > 0) designatedToken.safeTransfer(msg.sender, liquidatorAmount);
        if (poolShareOfLiquidationRatio > 0) designatedToken.safeTransfer(address(foundationPool), poolAmount);
    }

    /// @dev Liquidator share rounds down, pool share rounds up (spec §2.9).
    function _liquidationAmounts(uint64 id)
        private
        view
        returns (uint256 deposit, uint256 liquidatorAmount, uint256 poolAmount)
    {
        deposit = _serviceNodes[id].deposit;
        uint256 ratioSum = liquidatorRewardRatio + poolShareOfLiquidationRatio + recipientRatio;
        liquidatorAmount = (deposit * liquidatorRewardRatio) / ratioSum;
        uint256 poolProduct = deposit * poolShareOfLiquidationRatio;
        poolAmount = poolProduct == 0 ? 0 : (poolProduct - 1) / ratioSum + 1;
    }

    /// @dev Shared checks of signed exit and liquidation, in the specified precedence.
    function _checkSignedRemoval(BN256G1.G1Point calldata blsPubkey, uint256 timestamp) private view returns (uint64 id) {
        id = serviceNodeIDs[abi.encode(blsPubkey.X, blsPubkey.Y)];
        if (id == 0) revert BLSPubkeyDoesNotExist(blsPubkey);
        if (block.timestamp > timestamp + signatureExpiry) revert SignatureExpired(id, timestamp, block.timestamp);
        IServiceNodeRewards.ServiceNode storage node = _serviceNodes[id];
        if (node.blsPubkey.X != blsPubkey.X || node.blsPubkey.Y != blsPubkey.Y) {
            revert BLSPubkeyDoesNotMatch(id, blsPubkey);
        }
        if (block.timestamp < node.addedTimestamp + _minimumExitAge()) {
            revert ExitTooEarly(id, node.addedTimestamp, block.timestamp);
        }
    }

    function _removeServiceNode(uint64 id) private {
        if (id == LIST_SENTINEL) revert DeleteSentinelNodeNotAllowed();
        if (totalNodes == 0) revert InsufficientNodes();
        IServiceNodeRewards.ServiceNode storage node = _serviceNodes[id];
        BN256G1.G1Point memory pubkey = node.blsPubkey;

        _serviceNodes[node.prev].next = node.next;
        _serviceNodes[node.next].prev = node.prev;

        _aggregatePubkey = BN256G1.add(_aggregatePubkey, BN256G1.negate(pubkey));
        delete serviceNodeIDs[abi.encode(pubkey.X, pubkey.Y)];
        delete ed25519ToServiceNodeID[node.ed25519Pubkey];
        delete _serviceNodes[id];

        totalNodes--;
        _updateBLSNonSignerThreshold();
    }

    // ------------------------------------------------------------------ rewards

    function updateRewardsBalance(
        address recipientAddress,
        uint256 recipientRewards,
        IServiceNodeRewards.BLSSignatureParams calldata blsSignature,
        uint64[] calldata ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        if (recipientAddress == address(0)) revert NullAddress();
        Recipient storage recipient = recipients[recipientAddress];
        uint256 previous = recipient.rewards;
        if (previous >= recipientRewards) revert RecipientRewardsTooLow();
        bytes memory message = abi.encodePacked(rewardTag, recipientAddress, recipientRewards);
        _validateSignatureOrRevert(ids, message, blsSignature);
        recipient.rewards = recipientRewards;
        emit RewardsBalanceUpdated(recipientAddress, recipientRewards, previous);
    }

    /// @notice Claims everything authorised and not yet claimed.
    function claimRewards() external {
        Recipient storage recipient = recipients[msg.sender];
        _claim(recipient, recipient.rewards - recipient.claimed);
    }

    /// @notice Claims part of the unclaimed balance.
    function claimRewards(uint256 amount) external {
        Recipient storage recipient = recipients[msg.sender];
        if (amount > recipient.rewards - recipient.claimed) revert MaxClaimExceeded();
        _claim(recipient, amount);
    }

    function _claim(Recipient storage recipient, uint256 amount) private {
        uint256 cycle = block.timestamp / claimCycle;
        if (cycle > currentClaimCycle) {
            currentClaimCycle = cycle;
            currentClaimTotal = 0;
        }
        currentClaimTotal += amount;
        if (currentClaimTotal > claimThreshold) revert ClaimThresholdExceeded();
        recipient.claimed += amount;
        emit RewardsClaimed(msg.sender, amount);
        designatedToken.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------ BLS

    /// @dev Checks a network signature: the signers' key is the aggregate of all live nodes minus
    /// the listed non-signers (unknown ids add the identity).
    function _validateSignatureOrRevert(
        uint64[] calldata ids,
        bytes memory message,
        IServiceNodeRewards.BLSSignatureParams calldata blsSignature
    ) private {
        BN256G1.G1Point memory signers = _aggregatePubkey;
        for (uint256 i = 0; i < ids.length; i++) {
            BN256G1.G1Point memory key = _serviceNodes[ids[i]].blsPubkey;
            if (key.X == 0 && key.Y == 0) continue;
            signers = BN256G1.add(signers, BN256G1.negate(key));
        }
        if (!_verify(signers, message, blsSignature)) revert InvalidBLSSignature(signers);
    }

    /// @dev e(G1gen, sigma) * e(-pubkey, H(message)) == 1, sigma reordered to EIP-197 [imag, real].
    function _verify(
        BN256G1.G1Point memory pubkey,
        bytes memory message,
        IServiceNodeRewards.BLSSignatureParams memory sig
    ) private view returns (bool) {
        BN256G2.G2Point memory sigma = BN256G2.G2Point({X: [sig.sigs1, sig.sigs0], Y: [sig.sigs3, sig.sigs2]});
        BN256G2.G2Point memory hashed = BN256G2.hashToG2(message, hashToG2Tag);
        return Pairing.pairing2(BN256G1.P1(), sigma, BN256G1.negate(pubkey), hashed);
    }

    // ------------------------------------------------------------------ views

    function aggregatePubkey() external view returns (BN256G1.G1Point memory) {
        return _aggregatePubkey;
    }

    function serviceNodes(uint64 serviceNodeID) external view returns (IServiceNodeRewards.ServiceNode memory) {
        return _serviceNodes[serviceNodeID];
    }

    function allServiceNodeIDs() external view returns (uint64[] memory ids, BN256G1.G1Point[] memory pubkeys) {
        ids = new uint64[](totalNodes);
        pubkeys = new BN256G1.G1Point[](totalNodes);
        uint64 current = _serviceNodes[LIST_SENTINEL].next;
        for (uint256 i = 0; current != LIST_SENTINEL && i < ids.length; i++) {
            ids[i] = current;
            pubkeys[i] = _serviceNodes[current].blsPubkey;
            current = _serviceNodes[current].next;
        }
    }

    function maxPermittedPubkeyAggregations() public view returns (uint256 result) {
        uint256 proportional = (totalNodes * 2) / 100;
        result = proportional > MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND
            ? proportional
            : MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND;
    }

    // ------------------------------------------------------------------ maintenance

    function rederiveTotalNodesAndAggregatePubkey() external {
        uint256 count = 0;
        BN256G1.G1Point memory aggregate = BN256G1.G1Point(0, 0);
        uint64 current = _serviceNodes[LIST_SENTINEL].next;
        while (current != LIST_SENTINEL) {
            aggregate = BN256G1.add(aggregate, _serviceNodes[current].blsPubkey);
            count++;
            current = _serviceNodes[current].next;
        }
        totalNodes = count;
        if (count > 0) _aggregatePubkey = aggregate;
    }

    function _updateBLSNonSignerThreshold() private {
        uint256 third = totalNodes / 3;
        blsNonSignerThreshold = third < blsNonSignerThresholdMax ? third : blsNonSignerThresholdMax;
    }

    // ------------------------------------------------------------------ owner

    function seedPublicKeyList(IServiceNodeRewards.SeedServiceNode[] calldata nodes) external onlyOwner {
        if (isStarted) revert ContractAlreadyStarted();
        IServiceNodeRewards.BLSSignatureParams memory noSignature;
        for (uint256 i = 0; i < nodes.length; i++) {
            IServiceNodeRewards.SeedServiceNode calldata seed = nodes[i];
            uint256 count = seed.contributors.length;
            if (count == 0) revert InsufficientContributors();
            if (count > maxContributors) revert MaxContributorsExceeded();
            uint256 total = 0;
            for (uint256 j = 0; j < count; j++) {
                if (seed.contributors[j].staker.addr == address(0)) revert NullAddress();
                total += seed.contributors[j].stakedAmount;
            }
            if (total != stakingRequirement) revert ContributionTotalMismatch(stakingRequirement, total);

            BN256G1.G1Point memory pubkey = seed.blsPubkey;
            _checkNewKeys(pubkey, seed.ed25519Pubkey, false, noSignature, address(0));
            uint64 id = _addServiceNode(
                pubkey, seed.ed25519Pubkey, seed.contributors[0].staker.addr, seed.contributors, seed.addedTimestamp
            );
            emit NewSeededServiceNode(id, pubkey, seed.ed25519Pubkey);
        }
        _updateBLSNonSignerThreshold();
    }

    function start() external onlyOwner {
        isStarted = true;
    }

    function pause() external onlyOwner {
        _pause();
    }

    function unpause() external onlyOwner {
        _unpause();
    }

    function setStakingRequirement(uint256 newRequirement) external onlyOwner {
        if (newRequirement == 0) revert PositiveNumberRequirement();
        stakingRequirement = newRequirement;
        emit StakingRequirementUpdated(newRequirement);
    }

    function setSignatureExpiry(uint256 newExpiry) external onlyOwner {
        if (newExpiry == 0) revert PositiveNumberRequirement();
        signatureExpiry = newExpiry;
        emit SignatureExpiryUpdated(newExpiry);
    }

    function setBLSNonSignerThresholdMax(uint256 newMax) external onlyOwner {
        if (newMax == 0) revert PositiveNumberRequirement();
        blsNonSignerThresholdMax = newMax;
        emit BLSNonSignerThresholdMaxUpdated(newMax);
    }

    function setClaimThreshold(uint256 newMax) external onlyOwner {
        if (newMax == 0) revert PositiveNumberRequirement();
        claimThreshold = newMax;
        emit ClaimThresholdUpdated(newMax);
    }

    function setClaimCycle(uint256 newValue) external onlyOwner {
        if (newValue == 0) revert PositiveNumberRequirement();
        claimCycle = newValue;
        emit ClaimCycleUpdated(newValue);
    }

    function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) external onlyOwner {
        _checkLiquidationRatios(liquidator, pool, recipient);
        liquidatorRewardRatio = liquidator;
        poolShareOfLiquidationRatio = pool;
        recipientRatio = recipient;
        emit LiquidationRatiosUpdated(liquidator, pool, recipient);
    }

    function _checkLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) private pure {
        if (recipient == 0) revert PositiveNumberRequirement();
        if ((liquidator + pool) * 3 > recipient) revert LiquidatorPenaltyTooHigh();
    }
}
