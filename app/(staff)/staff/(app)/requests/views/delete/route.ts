import { staffMessages } from "@/lib/i18n/staff";
import { formPost } from "../../../components/form-post";
import { deleteViewAction } from "../../actions";

/** Deletes one of the member's saved views (static document's form). */
export function POST(request: Request): Promise<Response> {
  return formPost(request, deleteViewAction, (_, locale) => staffMessages(locale).queue.deleted);
}
