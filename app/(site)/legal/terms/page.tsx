import type { Metadata } from "next";
import { getPage } from "@/lib/content/pages";
import { pageMetadata } from "@/lib/seo/metadata";
import { LegalPage } from "../_components/LegalPage";

/** Copy lives in content/pages/legal/terms.mdx. */
export function generateMetadata(): Metadata {
  const page = getPage("legal/terms");
  return pageMetadata({ title: page.title, description: page.description, path: "/legal/terms" });
}

export default function LegalTermsPage() {
  return <LegalPage page={getPage("legal/terms")} />;
}
