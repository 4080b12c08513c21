import { db } from "@/lib/db/client";
import { countRequestsByStatus } from "@/lib/db/queries/request-counts";
import { REQUEST_STATUSES } from "@/lib/dsr/types";

export default async function StaffHome() {
  const counts = await countRequestsByStatus(db());
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <>
      <h1>Requests</h1>
      {total === 0 ? (
        <p className="empty">No requests yet. Requests filed in the portal appear here.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Requests</th>
            </tr>
          </thead>
          <tbody>
            {REQUEST_STATUSES.map((s) => (
              <tr key={s}>
                <td>{s.replace("_", " ")}</td>
                <td>{counts[s] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
