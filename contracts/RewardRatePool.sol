// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";

/// @title RewardRatePool (devnet stand-in)
/// @notice Holds the reward reserve and releases it to the beneficiary (ServiceNodeRewards) at a
/// simple 15.1 %/year rate on the current balance. Deployed behind a transparent proxy.
contract RewardRatePool is Initializable, Ownable2StepUpgradeable {
    using SafeERC20 for IERC20;

    uint256 public constant VERSION = 1;
    /// @dev Per-mille rate (151 / 1000 = 15.1 % per year, simple).
    uint64 public constant ANNUAL_SIMPLE_PAYOUT_RATE = 151;
    /// @dev Named basis points upstream but it is the per-mille denominator.
    uint64 public constant BASIS_POINTS = 1000;
    uint256 private constant SECONDS_IN_YEAR = 365 days;
    /// @dev One Session (appchain) block; rewardRate() projects the payout over this period.
    uint256 private constant SESSION_BLOCK_SECONDS = 120;

    IERC20 public SESH;
    address public beneficiary;
    uint256 public totalPaidOut;
    uint256 public lastPaidOutTime;

    event FundsReleased(uint256 amount);
    event BeneficiaryUpdated(address newBeneficiary);

    // Library errors the live (OZ 5.0.x) bytecode declares; declared so the dApp can decode them.
    error AddressEmptyCode(address target);
    error AddressInsufficientBalance(address account);
    error FailedInnerCall();

    // No constructor, as on Arbitrum: everything is set through the proxy by `initialize`.

    function initialize(address _beneficiary, address _sesh) external initializer {
        __Ownable_init(msg.sender);
        __Ownable2Step_init();
        beneficiary = _beneficiary;
        SESH = IERC20(_sesh);
        lastPaidOutTime = block.timestamp;
    }

    /// @notice Sends everything accrued since the last payout to the beneficiary.
    function payoutReleased() external {
        uint256 released = calculateReleasedAmount() - totalPaidOut;
        totalPaidOut += released;
        lastPaidOutTime = block.timestamp;
        emit FundsReleased(released);
        SESH.safeTransfer(beneficiary, released);
    }

    function setBeneficiary(address newBeneficiary) external onlyOwner {
        beneficiary = newBeneficiary;
        emit BeneficiaryUpdated(newBeneficiary);
    }

    function calculateTotalDeposited() public view returns (uint256) {
        return SESH.balanceOf(address(this)) + totalPaidOut;
    }

    function calculateReleasedAmount() public view returns (uint256) {
        uint256 timeElapsed = block.timestamp - lastPaidOutTime;
        return totalPaidOut + calculatePayoutAmount(SESH.balanceOf(address(this)), timeElapsed);
    }

    function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) public pure returns (uint256) {
        return (balance * ANNUAL_SIMPLE_PAYOUT_RATE * timeElapsed) / (BASIS_POINTS * SECONDS_IN_YEAR);
    }

    /// @notice Projected payout for the next Session block (120 s) on the not-yet-accrued balance.
    function rewardRate() external view returns (uint256) {
        uint256 remaining = calculateTotalDeposited() - calculateReleasedAmount();
        return calculatePayoutAmount(remaining, SESSION_BLOCK_SECONDS);
    }
}
