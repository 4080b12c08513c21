import Link from "next/link";

export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p className="empty">
        Your role does not give access to this page. <Link href="/staff/requests">Back to the queue</Link>
      </p>
    </>
  );
}
