export default function HomePage() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-16">
      <h1 className="text-4xl font-bold">Session Token</h1>
      <p className="mt-4">Stake SESH to run the private network behind Session.</p>
      <a className="mt-6 inline-block underline" href="/stake">Stake SESH</a>
    </main>
  );
}
