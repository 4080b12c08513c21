import { notFound } from "next/navigation";

/**
 * Any other path under /staff: the back-office's own 404 inside its layout (signed in, in the member's
 * language), not Next's bare English page (whose inline style the Content-Security-Policy also blocks).
 */
export default function UnknownStaffPage(): never {
  notFound();
}
