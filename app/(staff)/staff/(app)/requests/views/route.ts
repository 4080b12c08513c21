import { staffMessages } from "@/lib/i18n/staff";
import { formPost } from "../../components/form-post";
import { saveViewAction } from "../actions";

/** Saves the queue's current filters as a named view (static document's form). */
export function POST(request: Request): Promise<Response> {
  return formPost(request, saveViewAction, (_, locale) => staffMessages(locale).queue.viewSaved);
}
