import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { formPost } from "../../components/form-post";
import { bulkAssignAction } from "../actions";

/** The queue's bulk-assign form (static document): the server action's pipeline, then back to the queue. */
export function POST(request: Request): Promise<Response> {
  return formPost(request, bulkAssignAction, (result, locale) => {
    const { assigned, failed } = result.value as { assigned: number; failed: unknown[] };
    const t = staffMessages(locale).queue;
    return failed.length
      ? fill(t.assignedPartly, { n: assigned, failed: failed.length })
      : fill(t.assignedN, { n: assigned });
  });
}
