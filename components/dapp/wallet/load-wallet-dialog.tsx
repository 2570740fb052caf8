"use client";

/**
 * Loaded on demand when the user first clicks "Connect wallet": RainbowKit, its styles and the
 * wallet connectors (MetaMask, Rabby, Coinbase, WalletConnect when a project id is configured).
 * Keeping this module out of the first load is what holds /stake under its JavaScript budget.
 */
import "@rainbow-me/rainbowkit/styles.css";
import { useEffect } from "react";
import { RainbowKitProvider, connectorsForWallets, darkTheme, useConnectModal, type WalletList } from "@rainbow-me/rainbowkit";
import { coinbaseWallet, injectedWallet, metaMaskWallet, rabbyWallet, walletConnectWallet } from "@rainbow-me/rainbowkit/wallets";
import type { Config } from "wagmi";
import type { PublicTarget } from "@/lib/chain/targets";

const registered = new WeakSet<Config>();

function walletList(target: PublicTarget): WalletList {
  const metaMaskInjected = typeof window !== "undefined" && Boolean((window as { ethereum?: { isMetaMask?: boolean } }).ethereum?.isMetaMask);
  const wc = target.walletConnectProjectId;
  // MetaMask without its extension falls back to WalletConnect, so it needs a project id then.
  const popular = [injectedWallet, ...(metaMaskInjected || wc ? [metaMaskWallet] : []), rabbyWallet, coinbaseWallet, ...(wc ? [walletConnectWallet] : [])];
  return [{ groupName: "Wallets", wallets: popular }];
}

/**
 * Adds RainbowKit's connectors to the running wagmi config. wagmi 2 has no public API to add
 * connectors after creation; `_internal.connectors` is what its own EIP-6963 discovery uses.
 */
function registerConnectors(config: Config, target: PublicTarget): void {
  if (registered.has(config)) return;
  registered.add(config);
  const fns = connectorsForWallets(walletList(target), {
    appName: "Session Staking",
    projectId: target.walletConnectProjectId ?? "walletconnect-not-configured",
  });
  const added = fns.map((fn) => config._internal.connectors.setup(fn));
  const ids = new Set(added.map((c) => c.id));
  config._internal.connectors.setState((current) => [...current.filter((c) => !ids.has(c.id)), ...added]);
}

function ExposeOpener({ onReady }: { onReady: (open: () => void) => void }) {
  const { openConnectModal } = useConnectModal();
  useEffect(() => {
    if (openConnectModal) onReady(openConnectModal);
  }, [openConnectModal, onReady]);
  return null;
}

export function WalletDialog({ config, target, onReady }: { config: Config; target: PublicTarget; onReady: (open: () => void) => void }) {
  registerConnectors(config, target);
  return (
    <RainbowKitProvider theme={darkTheme({ accentColor: "#00f782", accentColorForeground: "#04130b" })} modalSize="compact">
      <ExposeOpener onReady={onReady} />
    </RainbowKitProvider>
  );
}
