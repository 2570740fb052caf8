// SPDX-License-Identifier: GPL-3.0
pragma solidity ^0.8.20;

/// @title IServiceNodeContribution
/// @notice Shared types of the multi-contributor node contract (status machine and reservations).
interface IServiceNodeContribution {
    enum Status {
        WaitForOperatorContrib, // 0: created or reset; only the operator may contribute
        OpenForPublicContrib, // 1: operator paid; reserved and public contributions accepted
        WaitForFinalized, // 2: fully funded, operator must call finalize() (manual finalize only)
        Finalized // 3: registration sent to ServiceNodeRewards
    }

    struct ReservedContribution {
        uint256 amount;
        bool received;
    }
}
