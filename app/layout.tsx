import type { ReactNode } from "react";
import "./globals.css";

/** Root layout: shared by the marketing site and the dApp. It must stay free of wallet code. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-theme="dark" suppressHydrationWarning>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
