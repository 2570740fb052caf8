export default function StakePage() {
  return <h1 className="text-3xl font-bold">Stake SESH</h1>;
}
