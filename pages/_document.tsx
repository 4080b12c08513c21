import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { branding } from "@/lib/branding/config";
import { toLocale } from "@/lib/domain/locale";

type Props = DocumentInitialProps & { lang: string; brandColor: string };

/** The same <html lang> and <body class="portal"> as the App Router's portal layout. */
export default class PortalDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(ctx);
    return { ...initial, lang: toLocale(String(ctx.query.locale ?? "")), brandColor: branding().primaryColor };
  }

  render() {
    return (
      <Html lang={this.props.lang}>
        <Head />
        <body className="portal" style={{ ["--brand" as string]: this.props.brandColor }}>
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
