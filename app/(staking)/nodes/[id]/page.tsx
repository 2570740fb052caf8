import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NodeDetail } from "@/components/staking/nodes/NodeDetail";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Node #${id}`, robots: { index: false } };
}

export default async function NodePage({ params }: Props) {
  const { id } = await params;
  if (!/^[1-9]\d{0,18}$/.test(id)) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href="/nodes" className="text-accent-fg underline-offset-4 hover:underline">
          ← All nodes
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Node #{id}</h1>
      <div className="mt-8">
        <NodeDetail id={Number(id)} />
      </div>
    </>
  );
}
