/** wagmi's storage key: its cookies are `<key>.store`, `<key>.recentConnectorId`, `<key>.<connector>.connected`. */
export const WAGMI_STORAGE_KEY = "session-staking";
