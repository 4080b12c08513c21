import { notFound } from "next/navigation";

/** Any other path under a language: the portal's own 404, in that language, inside the portal's layout. */
export default function UnknownPortalPage(): never {
  notFound();
}
