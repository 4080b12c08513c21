import type { AppProps } from "next/app";
import "../app/globals.css";

/** The Pages Router serves one page, the portal home (pages/[locale]/index.tsx); global CSS must be imported here. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
