// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {BN256G1} from "../libraries/BN256G1.sol";
import {BN256G2} from "../libraries/BN256G2.sol";
import {Pairing} from "../libraries/Pairing.sol";

/// @title BLSHarness: exposes the BLS libraries to tests. Never deployed outside tests.
contract BLSHarness {
    function hashToG2(bytes memory message, bytes32 hashToG2Tag) external view returns (BN256G2.G2Point memory) {
        return BN256G2.hashToG2(message, hashToG2Tag);
    }

    function addG1(BN256G1.G1Point memory a, BN256G1.G1Point memory b) external view returns (BN256G1.G1Point memory) {
        return BN256G1.add(a, b);
    }

    function negateG1(BN256G1.G1Point memory p) external pure returns (BN256G1.G1Point memory) {
        return BN256G1.negate(p);
    }

    /// @notice The check Session's contracts make: e(G1gen, σ)·e(−PK, H(m)) == 1, with σ built from
    ///         BLSSignatureParams (sigs0 = x.real, sigs1 = x.imag, sigs2 = y.real, sigs3 = y.imag).
    function verify(
        BN256G1.G1Point memory pubkey,
        bytes memory message,
        bytes32 hashToG2Tag,
        uint256 sigs0,
        uint256 sigs1,
        uint256 sigs2,
        uint256 sigs3
    ) public view returns (bool) {
        BN256G2.G2Point memory sigma = BN256G2.G2Point({X: [sigs1, sigs0], Y: [sigs3, sigs2]});
        return Pairing.pairing2(
            BN256G1.P1(), sigma, BN256G1.negate(pubkey), BN256G2.hashToG2(message, hashToG2Tag)
        );
    }

    /// @notice Sums the keys with BN256G1.add, then verifies the aggregate signature against the sum.
    function verifyAggregate(
        BN256G1.G1Point[] memory pubkeys,
        bytes memory message,
        bytes32 hashToG2Tag,
        uint256[4] memory sigs
    ) external view returns (bool) {
        BN256G1.G1Point memory sum = BN256G1.G1Point(0, 0);
        for (uint256 i = 0; i < pubkeys.length; i++) sum = BN256G1.add(sum, pubkeys[i]);
        return verify(sum, message, hashToG2Tag, sigs[0], sigs[1], sigs[2], sigs[3]);
    }
}
