// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {BN256G1} from "./BN256G1.sol";
import {BN256G2} from "./BN256G2.sol";

/// @title Pairing: the EIP-197 pairing check (precompile 0x08) on two pairs.
library Pairing {
    /// @return true iff e(a1, a2) · e(b1, b2) == 1.
    /// @dev Reverts with Error("Invalid Signature") when the precompile rejects its input
    ///      (a coordinate ≥ p, a point off its curve, or a G2 point outside the order-r subgroup).
    function pairing2(
        BN256G1.G1Point memory a1,
        BN256G2.G2Point memory a2,
        BN256G1.G1Point memory b1,
        BN256G2.G2Point memory b2
    ) internal view returns (bool) {
        uint256[12] memory input = [
            a1.X, a1.Y, a2.X[0], a2.X[1], a2.Y[0], a2.Y[1],
            b1.X, b1.Y, b2.X[0], b2.X[1], b2.Y[0], b2.Y[1]
        ];
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, input, 0x180, out, 0x20)
        }
        require(ok, "Invalid Signature");
        return out[0] != 0;
    }
}
