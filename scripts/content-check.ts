// `npm run content:check` (and `npm run build`, through "prebuild"): validates every content
// collection and prints ALL problems at once, each naming the file and the field, then exits 1.
import { checkAllContent } from "../lib/content/check";
import { formatProblem } from "../lib/content/problems";

const { problems, counts } = checkAllContent();
if (problems.length) {
  console.error(`content: ${problems.length} problem${problems.length === 1 ? "" : "s"} to fix before the site can build:\n`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  console.error("\nSee CONTENT.md for the fields each kind of content needs.");
  process.exit(1);
}
console.log(`content: ok (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")})`);
