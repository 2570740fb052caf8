// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title BN256G2: hash to the G2 group of BN254, Session's "try-and-increment" scheme.
/// @notice Written for the devnet from the public description of Session's scheme (spec §2.8),
///         and checked bit for bit against a vector produced by Session's own contract bytecode:
///         1. append a 1-byte counter (0, 1, 2, ...) to the message;
///         2. expand_message_xmd (RFC 9380) with Keccak-256 (block 136 bytes) to 128 bytes,
///            DST = the 32-byte hashToG2Tag;
///         3. u0 = bytes[0..48] mod p, u1 = bytes[48..96] mod p, sign = lowest bit of byte 127;
///            x = u0 + u1·i;
///         4. y = sqrt(x³ + b') with herumi-mcl's Fp2 square root; next counter if there is no root
///            or a component of y is 0; y = −y if the sign bit is set;
///         5. clear the cofactor (Fuentes-Castañeda–Knapp–Rodríguez-Henríquez):
///            Q = [x]P + ψ([3x]P) + ψ²([x]P) + ψ³(P), x the BN seed, ψ the twist Frobenius.
///         No precompile exists for G2, so step 5 is done in affine coordinates here, with one
///         field inversion (modexp precompile) per point operation. Gas is not optimised (devnet).
library BN256G2 {
    /// @dev Base field modulus p (p ≡ 3 mod 4).
    uint256 internal constant FIELD_MODULUS =
        0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;
    /// @dev Twist constant b' = 3 / (9 + i).
    uint256 private constant TWIST_B_RE = 0x2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5;
    uint256 private constant TWIST_B_IM = 0x009713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2;
    /// @dev ψ multipliers ξ^((p−1)/3) and ξ^((p−1)/2), ξ = 9 + i.
    uint256 private constant PSI_X_RE = 0x2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d;
    uint256 private constant PSI_X_IM = 0x16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba2;
    uint256 private constant PSI_Y_RE = 0x063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a;
    uint256 private constant PSI_Y_IM = 0x07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e3;
    /// @dev 2^256 mod p, to reduce 48-byte integers.
    uint256 private constant TWO_256_MOD_P = 0x0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d;
    /// @dev The BN254 seed x.
    uint256 private constant BN_SEED = 0x44e992b44a6909f1;
    uint256 private constant SQRT_EXPONENT = 0x0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52; // (p+1)/4
    uint256 private constant INVERSE_EXPONENT = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45; // p−2
    uint256 private constant HALF = 0x183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4; // 1/2 mod p

    /// @dev EIP-197 order: X = [x.imag, x.real], Y = [y.imag, y.real].
    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }

    /// @dev Affine point on the twist; Fp2 components as (real, imag). `infinity` marks the identity.
    struct TwistPoint {
        uint256 xr;
        uint256 xi;
        uint256 yr;
        uint256 yi;
        bool infinity;
    }

    /// @notice H(message) in the order-r subgroup of G2, ready for the pairing precompile.
    function hashToG2(bytes memory message, bytes32 hashToG2Tag) internal view returns (G2Point memory) {
        TwistPoint memory q = clearCofactor(mapToTwist(message, hashToG2Tag));
        return G2Point([q.xi, q.xr], [q.yi, q.yr]);
    }

    /// @notice Steps 1–4: the first counter whose x lifts to a twist point (not yet in the subgroup).
    function mapToTwist(bytes memory message, bytes32 hashToG2Tag) internal view returns (TwistPoint memory) {
        for (uint256 counter = 0; counter < 256; counter++) {
            (uint256 u0, uint256 u1, bool signBit) = hashToField(message, uint8(counter), hashToG2Tag);
            (bool found, TwistPoint memory point) = _liftX(u0, u1, signBit);
            if (found) return point;
        }
        revert("BN256G2: no twist point for any counter");
    }

    /// @notice Steps 1–3: expand (message ‖ counter) to 128 bytes and read u0, u1 and the sign bit.
    function hashToField(bytes memory message, uint8 counter, bytes32 dst)
        internal
        pure
        returns (uint256 u0, uint256 u1, bool signBit)
    {
        // msg' = Z_pad(136 zero bytes) ‖ msg ‖ I2OSP(128, 2) ‖ 0x00 ‖ DST ‖ I2OSP(32, 1)
        bytes32 b0 = keccak256(
            abi.encodePacked(
                bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes8(0),
                message, counter, uint16(128), uint8(0), dst, uint8(32)
            )
        );
        bytes32 b1 = keccak256(abi.encodePacked(b0, uint8(1), dst, uint8(32)));
        bytes32 b2 = keccak256(abi.encodePacked(b0 ^ b1, uint8(2), dst, uint8(32)));
        bytes32 b3 = keccak256(abi.encodePacked(b0 ^ b2, uint8(3), dst, uint8(32)));
        bytes32 b4 = keccak256(abi.encodePacked(b0 ^ b3, uint8(4), dst, uint8(32)));
        // bytes[0..48] = b1 ‖ high half of b2;  bytes[48..96] = low half of b2 ‖ b3
        u0 = addmod(mulmod(uint256(b1), 1 << 128, FIELD_MODULUS), uint256(b2) >> 128, FIELD_MODULUS);
        u1 = addmod(
            mulmod(uint256(b2) & type(uint128).max, TWO_256_MOD_P, FIELD_MODULUS),
            uint256(b3),
            FIELD_MODULUS
        );
        signBit = uint256(b4) & 1 == 1;
    }

    /// @notice Step 5: [x]P + ψ([3x]P) + ψ²([x]P) + ψ³(P).
    function clearCofactor(TwistPoint memory p) internal view returns (TwistPoint memory) {
        TwistPoint memory xP = _multiply(p, BN_SEED);
        TwistPoint memory sum = _add(xP, _psi(_multiply(xP, 3)));
        sum = _add(sum, _psi(_psi(xP)));
        return _add(sum, _psi(_psi(_psi(p))));
    }

    // ---------------------------------------------------------------- lifting x to the twist

    function _liftX(uint256 u0, uint256 u1, bool signBit) private view returns (bool, TwistPoint memory point) {
        (uint256 rr, uint256 ri) = _fp2Mul(u0, u1, u0, u1);
        (rr, ri) = _fp2Mul(rr, ri, u0, u1);
        rr = addmod(rr, TWIST_B_RE, FIELD_MODULUS);
        ri = addmod(ri, TWIST_B_IM, FIELD_MODULUS);
        (bool found, uint256 yr, uint256 yi) = _sqrtFp2(rr, ri);
        if (!found || yr == 0 || yi == 0) return (false, point);
        if (signBit) (yr, yi) = (FIELD_MODULUS - yr, FIELD_MODULUS - yi);
        return (true, TwistPoint(u0, u1, yr, yi, false));
    }

    /// @dev herumi-mcl's square root of a + b·i (b ≠ 0): t = √(a² + b²); re = √((a + t)/2), or
    ///      √((a − t)/2) when that is not a square; im = b / (2·re). Every Fp root is z^((p+1)/4).
    ///      For b = 0 every root has a zero component, which hashToG2 rejects anyway, so it
    ///      reports "no usable root" (the TypeScript twist gives the same outcome: next counter).
    function _sqrtFp2(uint256 a, uint256 b) private view returns (bool, uint256, uint256) {
        if (b == 0) return (false, 0, 0);
        (bool ok, uint256 t) = _sqrtFp(addmod(mulmod(a, a, FIELD_MODULUS), mulmod(b, b, FIELD_MODULUS), FIELD_MODULUS));
        if (!ok) return (false, 0, 0);
        uint256 re;
        (ok, re) = _sqrtFp(mulmod(addmod(a, t, FIELD_MODULUS), HALF, FIELD_MODULUS));
        if (!ok) (ok, re) = _sqrtFp(mulmod(addmod(a, FIELD_MODULUS - t, FIELD_MODULUS), HALF, FIELD_MODULUS));
        if (!ok || re == 0) return (false, 0, 0);
        uint256 im = mulmod(b, _inverse(mulmod(2, re, FIELD_MODULUS)), FIELD_MODULUS);
        (uint256 cr, uint256 ci) = _fp2Mul(re, im, re, im);
        if (cr != a || ci != b) return (false, 0, 0);
        return (true, re, im);
    }

    function _sqrtFp(uint256 a) private view returns (bool, uint256) {
        uint256 root = _modExp(a, SQRT_EXPONENT);
        return (mulmod(root, root, FIELD_MODULUS) == a % FIELD_MODULUS, root);
    }

    function _inverse(uint256 a) private view returns (uint256) {
        require(a % FIELD_MODULUS != 0, "BN256G2: inverse of zero");
        return _modExp(a, INVERSE_EXPONENT);
    }

    /// @dev base^exponent mod p with the 0x05 precompile.
    function _modExp(uint256 base, uint256 exponent) private view returns (uint256 result) {
        bool ok;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, 0x20)
            mstore(add(ptr, 0x20), 0x20)
            mstore(add(ptr, 0x40), 0x20)
            mstore(add(ptr, 0x60), base)
            mstore(add(ptr, 0x80), exponent)
            mstore(add(ptr, 0xa0), FIELD_MODULUS)
            ok := staticcall(gas(), 0x05, ptr, 0xc0, ptr, 0x20)
            result := mload(ptr)
        }
        require(ok, "BN256G2: modexp failed");
    }

    // ---------------------------------------------------------------- Fp2 = Fp[i]/(i² + 1)

    function _fp2Mul(uint256 ar, uint256 ai, uint256 br, uint256 bi) private pure returns (uint256, uint256) {
        return (
            addmod(mulmod(ar, br, FIELD_MODULUS), FIELD_MODULUS - mulmod(ai, bi, FIELD_MODULUS), FIELD_MODULUS),
            addmod(mulmod(ar, bi, FIELD_MODULUS), mulmod(ai, br, FIELD_MODULUS), FIELD_MODULUS)
        );
    }

    function _fp2Sub(uint256 ar, uint256 ai, uint256 br, uint256 bi) private pure returns (uint256, uint256) {
        return (addmod(ar, FIELD_MODULUS - br, FIELD_MODULUS), addmod(ai, FIELD_MODULUS - bi, FIELD_MODULUS));
    }

    function _fp2Inv(uint256 ar, uint256 ai) private view returns (uint256, uint256) {
        uint256 n = _inverse(addmod(mulmod(ar, ar, FIELD_MODULUS), mulmod(ai, ai, FIELD_MODULUS), FIELD_MODULUS));
        return (mulmod(ar, n, FIELD_MODULUS), mulmod(FIELD_MODULUS - ai, n, FIELD_MODULUS));
    }

    // ---------------------------------------------------------------- twist group law (affine)

    function _infinity() private pure returns (TwistPoint memory) {
        return TwistPoint(0, 0, 0, 0, true);
    }

    function _add(TwistPoint memory a, TwistPoint memory b) private view returns (TwistPoint memory) {
        if (a.infinity) return b;
        if (b.infinity) return a;
        if (a.xr == b.xr && a.xi == b.xi) {
            if (a.yr == b.yr && a.yi == b.yi) return _double(a);
            return _infinity(); // b = −a
        }
        // λ = (y_b − y_a) / (x_b − x_a)
        (uint256 dr, uint256 di) = _fp2Sub(b.xr, b.xi, a.xr, a.xi);
        (dr, di) = _fp2Inv(dr, di);
        (uint256 lr, uint256 li) = _fp2Sub(b.yr, b.yi, a.yr, a.yi);
        (lr, li) = _fp2Mul(lr, li, dr, di);
        return _finishLine(a, b.xr, b.xi, lr, li);
    }

    function _double(TwistPoint memory a) private view returns (TwistPoint memory) {
        if (a.infinity || (a.yr == 0 && a.yi == 0)) return _infinity();
        // λ = 3x² / 2y
        (uint256 nr, uint256 ni) = _fp2Mul(a.xr, a.xi, a.xr, a.xi);
        nr = mulmod(nr, 3, FIELD_MODULUS);
        ni = mulmod(ni, 3, FIELD_MODULUS);
        (uint256 dr, uint256 di) = _fp2Inv(addmod(a.yr, a.yr, FIELD_MODULUS), addmod(a.yi, a.yi, FIELD_MODULUS));
        (nr, ni) = _fp2Mul(nr, ni, dr, di);
        return _finishLine(a, a.xr, a.xi, nr, ni);
    }

    /// @dev Given the slope λ through a and a point with x-coordinate (bxr, bxi):
    ///      x3 = λ² − x_a − x_b, y3 = λ(x_a − x3) − y_a.
    function _finishLine(TwistPoint memory a, uint256 bxr, uint256 bxi, uint256 lr, uint256 li)
        private
        pure
        returns (TwistPoint memory)
    {
        (uint256 xr, uint256 xi) = _fp2Mul(lr, li, lr, li);
        (xr, xi) = _fp2Sub(xr, xi, a.xr, a.xi);
        (xr, xi) = _fp2Sub(xr, xi, bxr, bxi);
        (uint256 yr, uint256 yi) = _fp2Sub(a.xr, a.xi, xr, xi);
        (yr, yi) = _fp2Mul(lr, li, yr, yi);
        (yr, yi) = _fp2Sub(yr, yi, a.yr, a.yi);
        return TwistPoint(xr, xi, yr, yi, false);
    }

    /// @dev k·p by double-and-add from the most significant set bit.
    function _multiply(TwistPoint memory p, uint256 k) private view returns (TwistPoint memory result) {
        if (k == 0) return _infinity();
        uint256 top = 0;
        while ((k >> top) > 1) top++;
        result = p;
        for (uint256 bit = top; bit > 0; bit--) {
            result = _double(result);
            if ((k >> (bit - 1)) & 1 == 1) result = _add(result, p);
        }
    }

    /// @dev ψ(x, y) = (conj(x)·ξ^((p−1)/3), conj(y)·ξ^((p−1)/2)).
    function _psi(TwistPoint memory p) private pure returns (TwistPoint memory) {
        if (p.infinity) return p;
        (uint256 xr, uint256 xi) = _fp2Mul(p.xr, (FIELD_MODULUS - p.xi) % FIELD_MODULUS, PSI_X_RE, PSI_X_IM);
        (uint256 yr, uint256 yi) = _fp2Mul(p.yr, (FIELD_MODULUS - p.yi) % FIELD_MODULUS, PSI_Y_RE, PSI_Y_IM);
        return TwistPoint(xr, xi, yr, yi, false);
    }
}
