// Stands in for optional peer modules (@x402/*) that wagmi's connectors import through
// @coinbase/cdp-sdk but never use (see next.config.mjs). Turbopack checks named imports
// statically, so the names cdp-sdk imports exist here, as undefined: never called at runtime.
export const AuthCaptureEvmScheme = undefined;
export const BUILDER_CODE = undefined;
export const BUILDER_CODE_PATTERN = undefined;
export const BUILDER_CODE_SCHEMA = undefined;
export const BatchSettlementEvmScheme = undefined;
export const BuilderCodeClientExtension = undefined;
export const ExactEvmScheme = undefined;
export const ExactEvmSchemeV1 = undefined;
export const ExactSvmScheme = undefined;
export const ExactSvmSchemeV1 = undefined;
export const HTTPFacilitatorClient = undefined;
export const PaymentRequirementsV1Schema = undefined;
export const PaymentRequirementsV2Schema = undefined;
export const UptoEvmScheme = undefined;
export const UptoSvmScheme = undefined;
export const bazaarResourceServerExtension = undefined;
export const builderCodeResourceServerExtension = undefined;
export const paymentMiddlewareFromConfig = undefined;
export const paymentMiddlewareFromHTTPServer = undefined;
export const registerExactEvmScheme = undefined;
export const toClientEvmSigner = undefined;
export const wrapFetchWithPayment = undefined;
export const x402Client = undefined;
export const x402HTTPResourceServer = undefined;
export const x402ResourceServer = undefined;
export default {};
