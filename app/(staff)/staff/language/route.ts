import { formPost } from "../(app)/components/form-post";
import { setLanguageAction } from "../language-actions";
import { staffMessages } from "@/lib/i18n/staff";

/** The language switch of a static staff document (the queue): saves the choice, back to the same page. */
export function POST(request: Request): Promise<Response> {
  return formPost(request, setLanguageAction, (_, locale) => staffMessages(locale).common.done);
}
