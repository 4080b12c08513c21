import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/session";
import "../../staff.css";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await currentStaff()) redirect("/staff");
  const { error } = await searchParams;
  return (
    <main className="container" style={{ maxWidth: 460, paddingTop: "3rem" }}>
      <h1>Staff sign-in</h1>
      <p className="muted">Privacy request back-office. Use your work e-mail and password.</p>
      <SignInForm initialError={error ? "Sign-in failed. Check your e-mail and password." : null} />
    </main>
  );
}
