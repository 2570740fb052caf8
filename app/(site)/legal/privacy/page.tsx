import type { Metadata } from "next";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { LegalPage } from "../_components/LegalPage";

/** Copy lives in content/pages/legal/privacy.mdx. */
export function generateMetadata(): Metadata {
  const page = getPage("legal/privacy");
  return pageMetadata({ title: page.title, description: page.description, path: "/legal/privacy" });
}

export default function LegalPrivacyPage() {
  return <LegalPage page={getPage("legal/privacy")} />;
}
