/** Keystatic draws every editor screen from the layout; each address under /keystatic only has to exist. */
export default function EditorPage() {
  return null;
}
