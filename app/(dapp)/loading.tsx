export default function StakingLoading() {
  return (
    <p role="status" className="animate-pulse text-muted">
      Loading…
    </p>
  );
}
