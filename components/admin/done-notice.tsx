/** What the last write did, announced once the page it redirected to loads (?done=…). */
export function DoneNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="status" className="admin-done">
      {message}
    </p>
  );
}
