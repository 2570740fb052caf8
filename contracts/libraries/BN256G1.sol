// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title BN256G1: the G1 group of BN254 (alt_bn128) through the EIP-196 precompiles.
/// @notice BLS public keys live here. (0, 0) stands for the point at infinity, as in the precompiles.
library BN256G1 {
    /// @dev Base field modulus p.
    uint256 internal constant FIELD_MODULUS =
        0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @return The generator (1, 2).
    function P1() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    /// @notice a + b with the 0x06 precompile; reverts with Error("Call to precompiled contract for add
    ///         failed") if either input is not a curve point (the message Session's contracts give).
    function add(G1Point memory a, G1Point memory b) internal view returns (G1Point memory r) {
        uint256[4] memory input = [a.X, a.Y, b.X, b.Y];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, input, 0x80, r, 0x40)
        }
        require(ok, "Call to precompiled contract for add failed");
    }

    /// @notice Scalar multiplication k·p with the 0x07 precompile (reverts on an invalid point).
    function mul(G1Point memory p, uint256 k) internal view returns (G1Point memory r) {
        uint256[3] memory input = [p.X, p.Y, k];
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x07, input, 0x60, r, 0x40)
        }
        require(ok, "Call to precompiled contract for mul failed");
    }

    /// @notice −p = (X, p − Y); the identity stays the identity.
    function negate(G1Point memory p) internal pure returns (G1Point memory) {
        if (p.X == 0 && p.Y == 0) return G1Point(0, 0);
        return G1Point(p.X, FIELD_MODULUS - (p.Y % FIELD_MODULUS));
    }
}
