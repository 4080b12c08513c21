import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", maxWidth: "640px", margin: "0 auto", padding: "28px", borderRadius: "8px" },
  heading: { fontSize: "20px", color: "#18181b", margin: "0 0 12px" },
  text: { fontSize: "15px", lineHeight: "22px", color: "#27272a", margin: "0 0 12px" },
  button: {
    backgroundColor: "#1d4ed8",
    color: "#ffffff",
    padding: "10px 16px",
    borderRadius: "6px",
    textDecoration: "none",
  },
};

/** Staff mails: short, one call to action into the back-office; English unless the mail says otherwise. */
export function StaffLayout(props: {
  lang?: "en" | "fr";
  preview: string;
  heading: string;
  actionUrl?: string;
  actionLabel?: string;
  children: ReactNode;
}) {
  return (
    <Html lang={props.lang ?? "en"}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading as="h1" style={styles.heading}>
            {props.heading}
          </Heading>
          <Section>{props.children}</Section>
          {props.actionUrl ? (
            <Section>
              <Button href={props.actionUrl} style={styles.button}>
                {props.actionLabel ?? "Open"}
              </Button>
            </Section>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

export function P({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}
