import { negotiateLocale } from "@/lib/domain/locale";

export const dynamic = "force-dynamic";

/** `/` sends the visitor to the portal in their language. */
export function GET(request: Request) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return new Response(null, { status: 307, headers: { location: `/${locale}`, vary: "Accept-Language" } });
}
