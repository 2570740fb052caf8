// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {BN256G1} from "./libraries/BN256G1.sol";
import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";
import {IServiceNodeContribution} from "./interfaces/IServiceNodeContribution.sol";

/// @title ServiceNodeContribution (devnet stand-in)
/// @notice One multi-contributor Session node being funded: the operator contributes first, then
/// reserved and public contributors until the staking requirement is met; the node is then
/// registered with ServiceNodeRewards (automatically in the filling transaction, or by the
/// operator's `finalize()` when `manualFinalize` is set). ABI-compatible with the live contract.
contract ServiceNodeContribution is IServiceNodeContribution {
    using SafeERC20 for IERC20;

    uint64 public constant WITHDRAWAL_DELAY = 1 days;
    uint16 public constant MAX_FEE = 10000;

    IServiceNodeRewards public immutable stakingRewardsContract;
    IERC20 public immutable SESH;
    uint256 public immutable stakingRequirement;
    uint256 public immutable maxContributors;
    address public immutable operator;

    BN256G1.G1Point public blsPubkey;
    IServiceNodeRewards.BLSSignatureParams public _blsSignature;
    IServiceNodeRewards.ServiceNodeParams public _serviceNodeParams;

    /// @dev Contributors in contribution order; entry 0 is always the operator.
    IServiceNodeRewards.Staker[] public _contributorAddresses;
    mapping(address => uint256) private _contributions;
    mapping(address => uint256) private _contributionTimestamp;

    address[] public reservedContributionsAddresses;
    mapping(address => ReservedContribution) private _reservedContributions;

    Status public status;
    bool public manualFinalize;

    // ------------------------------------------------------------------ events

    event Filled();
    event Finalized();
    event NewContribution(address indexed contributor, address beneficiary, uint256 amount);
    event OpenForPublicContribution();
    event Reset();
    event UpdateFee(uint16 newFee);
    event UpdateManualFinalize(bool newValue);
    event UpdatePubkeys(BN256G1.G1Point newBLSPubkey, uint256 newEd25519Pubkey);
    event UpdateReservedContributors(IServiceNodeRewards.ReservedContributor[] newReservedContributors);
    event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary);
    event WithdrawContribution(address indexed contributor, uint256 amount);

    // ------------------------------------------------------------------ errors

    error BeneficiaryUpdatingDisabledNodeIsNotOpen(uint256 ed25519Pubkey);
    error CalcMinContributionGivenBadContribArgs(uint256 numContributors, uint256 maxNumContributors);
    error ContributeFundsNotPossible(Status status);
    error ContributionBelowMinAmount(uint256 contributed, uint256 min);
    error ContributionBelowReservedAmount(uint256 contributed, uint256 reserved);
    error ContributionExceedsStakingRequirement(uint256 totalContributed, uint256 totalReserved, uint256 stakingRequirement);
    error DuplicateAddressInReservedContributor(uint256 index);
    error FeeExceedsPossibleValue(uint16 fee, uint16 max);
    error FinalizeNotPossible(Status status);
    error FirstContributionMustBeOperator(address contributor, address operator);
    error FirstReservedContributorMustBeOperator(uint256 index, address operator);
    error MaxContributorsExceeded(uint256 maxContributors);
    error NonContributorUpdatedBeneficiary(address nonContributorAddr);
    error OnlyOperatorIsAuthorised(address addr, address operator);
    error RequireWaitForOperatorContribStatus(Status status);
    error RescueBalanceIsEmpty(address token);
    error RescueNotPossible(Status status);
    error ReservedContributionBelowMinAmount(uint256 index, uint256 contributed, uint256 min);
    error ReservedContributionExceedsStakingRequirement(uint256 index, uint256 contributed, uint256 remaining);
    error ReservedContributorHasZeroAddress(uint256 index);
    error RewardsContractMaxContributorsChanged(uint256 oldMax, uint256 newMax);
    error RewardsContractStakingRequirementChanged(uint256 oldRequirement, uint256 newRequirement);
    error TooManyReservedContributors(uint256 length, uint256 max);
    error WithdrawTooEarly(uint256 contribTime, uint256 blockTime, uint256 delayRequired);
    // Library errors the live (OZ 5.0.x) bytecode can raise; declared so the dApp can decode them.
    error AddressEmptyCode(address target);
    error AddressInsufficientBalance(address account);
    error FailedInnerCall();

    modifier onlyOperator() {
        if (msg.sender != operator) revert OnlyOperatorIsAuthorised(msg.sender, operator);
        _;
    }

    // ------------------------------------------------------------------ construction

    /// @dev Called by the factory, with the live contract's parameters in the live order. The
    /// operator is the transaction's origin (the account that called the factory's `deploy`), as
    /// on Arbitrum. Emits, in order: UpdateReservedContributors([]), Reset, UpdatePubkeys,
    /// UpdateFee, UpdateReservedContributors(list), UpdateManualFinalize.
    constructor(
        address rewardsContract,
        uint256 maxContributors_,
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        bool manualFinalize_
    ) {
        require(maxContributors_ > 0, "Shared: uint input is empty");
        stakingRewardsContract = IServiceNodeRewards(rewardsContract);
        SESH = IERC20(IServiceNodeRewards(rewardsContract).designatedToken());
        stakingRequirement = IServiceNodeRewards(rewardsContract).stakingRequirement();
        maxContributors = maxContributors_;
        // solhint-disable-next-line avoid-tx-origin -- the live contract's rule: creation is delegated through the factory
        operator = tx.origin;

        _reset();
        _updatePubkeys(key, sig, params.serviceNodePubkey, params.serviceNodeSignature1, params.serviceNodeSignature2);
        _updateFee(params.fee);
        _updateReservedContributors(reserved);
        _updateManualFinalize(manualFinalize_);
    }

    // ------------------------------------------------------------------ operator settings (status 0)

    function updatePubkeys(
        BN256G1.G1Point memory newBLSPubkey,
        IServiceNodeRewards.BLSSignatureParams memory newBLSSig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) external onlyOperator {
        _requireWaitForOperator();
        _updatePubkeys(newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1);
    }

    function updateFee(uint16 fee) external onlyOperator {
        _requireWaitForOperator();
        _updateFee(fee);
    }

    function updateReservedContributors(IServiceNodeRewards.ReservedContributor[] memory reserved)
        external
        onlyOperator
    {
        _requireWaitForOperator();
        _updateReservedContributors(reserved);
    }

    function updateManualFinalize(bool value) external onlyOperator {
        _updateManualFinalize(value);
    }

    function _requireWaitForOperator() private view {
        if (status != Status.WaitForOperatorContrib) revert RequireWaitForOperatorContribStatus(status);
    }

    function _updatePubkeys(
        BN256G1.G1Point memory newBLSPubkey,
        IServiceNodeRewards.BLSSignatureParams memory newBLSSig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) private {
        // The proof of possession is over the operator, who becomes contributors[0] at registration.
        stakingRewardsContract.validateProofOfPossession(newBLSPubkey, newBLSSig, operator, ed25519Pubkey);
        blsPubkey = newBLSPubkey;
        _blsSignature = newBLSSig;
        _serviceNodeParams.serviceNodePubkey = ed25519Pubkey;
        _serviceNodeParams.serviceNodeSignature1 = ed25519Sig0;
        _serviceNodeParams.serviceNodeSignature2 = ed25519Sig1;
        emit UpdatePubkeys(newBLSPubkey, ed25519Pubkey);
    }

    function _updateFee(uint16 fee) private {
        if (fee > MAX_FEE) revert FeeExceedsPossibleValue(fee, MAX_FEE);
        _serviceNodeParams.fee = fee;
        emit UpdateFee(fee);
    }

    function _updateManualFinalize(bool value) private {
        manualFinalize = value;
        emit UpdateManualFinalize(value);
    }

    /// @dev Replaces all reservations. Entry i must be at least the minimum contribution for a
    /// contributor joining after i others, and at most what is left of the requirement.
    function _updateReservedContributors(IServiceNodeRewards.ReservedContributor[] memory reserved) private {
        if (reserved.length > maxContributors) revert TooManyReservedContributors(reserved.length, maxContributors);
        _clearReservations();
        uint256 remaining = stakingRequirement;
        for (uint256 i = 0; i < reserved.length; i++) {
            address addr = reserved[i].addr;
            uint256 amount = reserved[i].amount;
            if (i == 0 && addr != operator) revert FirstReservedContributorMustBeOperator(0, operator);
            if (addr == address(0)) revert ReservedContributorHasZeroAddress(i);
            if (_reservedContributions[addr].amount != 0) revert DuplicateAddressInReservedContributor(i);
            uint256 min = calcMinimumContribution(remaining, i, maxContributors);
            if (amount < min) revert ReservedContributionBelowMinAmount(i, amount, min);
            if (amount > remaining) revert ReservedContributionExceedsStakingRequirement(i, amount, remaining);
            _reservedContributions[addr] = ReservedContribution(amount, false);
            reservedContributionsAddresses.push(addr);
            remaining -= amount;
        }
        emit UpdateReservedContributors(reserved);
    }

    function _clearReservations() private {
        for (uint256 i = 0; i < reservedContributionsAddresses.length; i++) {
            delete _reservedContributions[reservedContributionsAddresses[i]];
        }
        delete reservedContributionsAddresses;
    }

    // ------------------------------------------------------------------ contributing

    function contributeFunds(uint256 amount, address beneficiary) external {
        _contributeFunds(msg.sender, amount, beneficiary);
    }

    function _contributeFunds(address caller, uint256 amount, address beneficiary) private {
        if (status != Status.WaitForOperatorContrib && status != Status.OpenForPublicContrib) {
            revert ContributeFundsNotPossible(status);
        }
        // Both changes raise the max-contributors error, as the live contract does.
        uint256 currentMax = stakingRewardsContract.maxContributors();
        if (currentMax != maxContributors) revert RewardsContractMaxContributorsChanged(maxContributors, currentMax);
        uint256 currentRequirement = stakingRewardsContract.stakingRequirement();
        if (currentRequirement != stakingRequirement) {
            revert RewardsContractMaxContributorsChanged(stakingRequirement, currentRequirement);
        }

        if (status == Status.WaitForOperatorContrib) {
            if (caller != operator) revert FirstContributionMustBeOperator(caller, operator);
            status = Status.OpenForPublicContrib;
            emit OpenForPublicContribution();
        }

        ReservedContribution storage reservation = _reservedContributions[caller];
        if (reservation.amount > 0 && !reservation.received) {
            if (amount < reservation.amount) revert ContributionBelowReservedAmount(amount, reservation.amount);
            reservation.received = true;
        } else if (_contributions[caller] == 0) {
            uint256 min = minimumContribution();
            if (amount < min) revert ContributionBelowMinAmount(amount, min);
        }

        address effectiveBeneficiary = _recordContributor(caller, beneficiary);
        _contributions[caller] += amount;
        _contributionTimestamp[caller] = block.timestamp;

        uint256 total = totalContribution();
        uint256 reservedOutstanding = totalReservedContribution();
        if (total + reservedOutstanding > stakingRequirement) {
            revert ContributionExceedsStakingRequirement(total, reservedOutstanding, stakingRequirement);
        }
        if (_contributorAddresses.length > maxContributors) revert MaxContributorsExceeded(maxContributors);

        if (total == stakingRequirement) {
            status = Status.WaitForFinalized;
            emit Filled();
        }
        emit NewContribution(caller, effectiveBeneficiary, amount);
        SESH.safeTransferFrom(caller, address(this), amount);

        if (status == Status.WaitForFinalized && !manualFinalize) _finalize();
    }

    /// @dev Appends a new contributor, or updates an existing one's beneficiary when a non-zero,
    /// different one is given. Returns the beneficiary now on record.
    function _recordContributor(address caller, address beneficiary) private returns (address) {
        if (_contributions[caller] == 0) {
            address chosen = beneficiary == address(0) ? caller : beneficiary;
            _contributorAddresses.push(IServiceNodeRewards.Staker(caller, chosen));
            return chosen;
        }
        uint256 index = _contributorIndex(caller);
        IServiceNodeRewards.Staker storage staker = _contributorAddresses[index];
        if (beneficiary != address(0) && beneficiary != staker.beneficiary) {
            staker.beneficiary = beneficiary;
            emit UpdateStakerBeneficiary(caller, beneficiary);
        }
        return staker.beneficiary;
    }

    /// @dev Index of a current contributor; callers make sure `addr` is one.
    function _contributorIndex(address addr) private view returns (uint256) {
        for (uint256 i = 0; i < _contributorAddresses.length; i++) {
            if (_contributorAddresses[i].addr == addr) return i;
        }
        return type(uint256).max;
    }

    function updateBeneficiary(address newBeneficiary) external {
        if (status != Status.OpenForPublicContrib && status != Status.WaitForFinalized) {
            revert BeneficiaryUpdatingDisabledNodeIsNotOpen(_serviceNodeParams.serviceNodePubkey);
        }
        if (_contributions[msg.sender] == 0) revert NonContributorUpdatedBeneficiary(msg.sender);
        address chosen = newBeneficiary == address(0) ? msg.sender : newBeneficiary;
        IServiceNodeRewards.Staker storage staker = _contributorAddresses[_contributorIndex(msg.sender)];
        if (staker.beneficiary == chosen) return;
        staker.beneficiary = chosen;
        emit UpdateStakerBeneficiary(msg.sender, chosen);
    }

    // ------------------------------------------------------------------ finalising

    function finalize() external onlyOperator {
        if (status != Status.WaitForFinalized) revert FinalizeNotPossible(status);
        _finalize();
    }

    function _finalize() private {
        status = Status.Finalized;
        emit Finalized();
        SESH.forceApprove(address(stakingRewardsContract), stakingRequirement);

        uint256 count = _contributorAddresses.length;
        IServiceNodeRewards.Contributor[] memory contributors = new IServiceNodeRewards.Contributor[](count);
        for (uint256 i = 0; i < count; i++) {
            IServiceNodeRewards.Staker memory staker = _contributorAddresses[i];
            contributors[i] = IServiceNodeRewards.Contributor(staker, _contributions[staker.addr]);
        }
        stakingRewardsContract.addBLSPublicKey(blsPubkey, _blsSignature, _serviceNodeParams, contributors);
    }

    // ------------------------------------------------------------------ leaving / resetting

    function withdrawContribution() external {
        if (msg.sender == operator) {
            _reset();
            return;
        }
        uint256 amount = _contributions[msg.sender];
        if (amount == 0) return; // not a contributor: nothing to do
        uint256 contributedAt = _contributionTimestamp[msg.sender];
        if (block.timestamp - contributedAt < WITHDRAWAL_DELAY) {
            revert WithdrawTooEarly(contributedAt, block.timestamp, WITHDRAWAL_DELAY);
        }

        uint256 index = _contributorIndex(msg.sender);
        uint256 last = _contributorAddresses.length - 1;
        if (index != last) _contributorAddresses[index] = _contributorAddresses[last];
        _contributorAddresses.pop();
        delete _contributions[msg.sender];
        delete _contributionTimestamp[msg.sender];
        ReservedContribution storage reservation = _reservedContributions[msg.sender];
        if (reservation.amount > 0) reservation.received = false;

        // After registration the stake belongs to the rewards contract: only the books change.
        if (status == Status.Finalized) return;
        if (status == Status.WaitForFinalized) status = Status.OpenForPublicContrib;
        emit WithdrawContribution(msg.sender, amount);
        SESH.safeTransfer(msg.sender, amount);
    }

    function reset() external onlyOperator {
        _reset();
    }

    /// @dev Refunds everyone (unless already registered), clears contributions and reservations.
    function _reset() private {
        bool refund = status != Status.Finalized;
        uint256 count = _contributorAddresses.length;
        for (uint256 i = 0; i < count; i++) {
            address addr = _contributorAddresses[i].addr;
            uint256 amount = _contributions[addr];
            delete _contributions[addr];
            delete _contributionTimestamp[addr];
            if (refund && amount > 0) SESH.safeTransfer(addr, amount);
        }
        delete _contributorAddresses;
        status = Status.WaitForOperatorContrib;

        _clearReservations();
        emit UpdateReservedContributors(new IServiceNodeRewards.ReservedContributor[](0));
        emit Reset();
    }

    function resetUpdateAndContribute(
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        bool _manualFinalize,
        address beneficiary,
        uint256 amount
    ) external onlyOperator {
        _reset();
        _updatePubkeys(key, sig, params.serviceNodePubkey, params.serviceNodeSignature1, params.serviceNodeSignature2);
        _updateFee(params.fee);
        _updateReservedContributors(reserved);
        _updateManualFinalize(_manualFinalize);
        if (amount > 0) _contributeFunds(msg.sender, amount, beneficiary);
    }

    function rescueERC20(address tokenAddress) external onlyOperator {
        if (status != Status.WaitForOperatorContrib && status != Status.Finalized) revert RescueNotPossible(status);
        IERC20 token = IERC20(tokenAddress);
        uint256 balance = token.balanceOf(address(this));
        if (balance == 0) revert RescueBalanceIsEmpty(tokenAddress);
        token.safeTransfer(operator, balance);
    }

    // ------------------------------------------------------------------ views

    function blsSignature() external view returns (IServiceNodeRewards.BLSSignatureParams memory) {
        return _blsSignature;
    }

    function serviceNodeParams() external view returns (IServiceNodeRewards.ServiceNodeParams memory) {
        return _serviceNodeParams;
    }

    function contributorAddresses(uint256 index) external view returns (IServiceNodeRewards.Staker memory) {
        return _contributorAddresses[index];
    }

    function contributorAddressesLength() external view returns (uint256 result) {
        result = _contributorAddresses.length;
    }

    function contributions(address stakerAddr) external view returns (uint256 amount) {
        amount = _contributions[stakerAddr];
    }

    function contributionTimestamp(address stakerAddr) external view returns (uint256 amount) {
        amount = _contributionTimestamp[stakerAddr];
    }

    function reservedContributions(address stakerAddr) external view returns (uint256 amount, bool received) {
        ReservedContribution storage reservation = _reservedContributions[stakerAddr];
        return (reservation.amount, reservation.received);
    }

    function getContributions()
        external
        view
        returns (address[] memory addrs, address[] memory beneficiaries, uint256[] memory contribs)
    {
        uint256 count = _contributorAddresses.length;
        addrs = new address[](count);
        beneficiaries = new address[](count);
        contribs = new uint256[](count);
        for (uint256 i = 0; i < count; i++) {
            IServiceNodeRewards.Staker storage staker = _contributorAddresses[i];
            addrs[i] = staker.addr;
            beneficiaries[i] = staker.beneficiary;
            contribs[i] = _contributions[staker.addr];
        }
    }

    function getReserved() external view returns (address[] memory addrs, uint256[] memory contribs, bool[] memory received) {
        uint256 count = reservedContributionsAddresses.length;
        addrs = new address[](count);
        contribs = new uint256[](count);
        received = new bool[](count);
        for (uint256 i = 0; i < count; i++) {
            address addr = reservedContributionsAddresses[i];
            addrs[i] = addr;
            contribs[i] = _reservedContributions[addr].amount;
            received[i] = _reservedContributions[addr].received;
        }
    }

    function operatorContribution() external view returns (uint256 result) {
        result = _contributorAddresses.length > 0 ? _contributions[_contributorAddresses[0].addr] : 0;
    }

    function totalContribution() public view returns (uint256 result) {
        for (uint256 i = 0; i < _contributorAddresses.length; i++) {
            result += _contributions[_contributorAddresses[i].addr];
        }
    }

    function totalReservedContribution() public view returns (uint256 result) {
        for (uint256 i = 0; i < reservedContributionsAddresses.length; i++) {
            ReservedContribution storage reservation = _reservedContributions[reservedContributionsAddresses[i]];
            if (!reservation.received) result += reservation.amount;
        }
    }

    /// @notice Minimum first contribution for a new, non-reserved contributor right now.
    function minimumContribution() public view returns (uint256 result) {
        uint256 numUnreceived = 0;
        for (uint256 i = 0; i < reservedContributionsAddresses.length; i++) {
            if (!_reservedContributions[reservedContributionsAddresses[i]].received) numUnreceived++;
        }
        uint256 remaining = stakingRequirement - totalContribution() - totalReservedContribution();
        result = calcMinimumContribution(remaining, _contributorAddresses.length + numUnreceived, maxContributors);
    }

    /// @notice ceil(remaining / 4) for the first contributor, else ceil(remaining / slots left).
    /// Ceil is (x - 1) / d + 1, so nothing remaining reverts with an arithmetic panic.
    function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors)
        public
        pure
        returns (uint256 result)
    {
        if (maxNumContributors <= numContributors) {
            revert CalcMinContributionGivenBadContribArgs(numContributors, maxNumContributors);
        }
        uint256 divisor = numContributors == 0 ? 4 : maxNumContributors - numContributors;
        result = (contributionRemaining - 1) / divisor + 1;
    }

    function minimumOperatorContribution(uint256 _stakingRequirement) public pure returns (uint256 result) {
        result = (_stakingRequirement - 1) / 4 + 1;
    }
}
