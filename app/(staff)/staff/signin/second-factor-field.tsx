/** The code field of the second step: a 6-digit code from the authenticator app, or a recovery code. */
export function SecondFactorField({
  useRecovery,
  labels = { recoveryCode: "Recovery code", authCode: "Authentication code" },
}: {
  useRecovery: boolean;
  labels?: { recoveryCode: string; authCode: string };
}) {
  return (
    <div className="field">
      <label htmlFor="code">{useRecovery ? labels.recoveryCode : labels.authCode}</label>
      <input
        id="code"
        name="code"
        type="text"
        inputMode={useRecovery ? "text" : "numeric"}
        autoComplete="one-time-code"
        pattern={useRecovery ? undefined : "[0-9]{6}"}
        maxLength={useRecovery ? 20 : 6}
        required
        autoFocus
      />
    </div>
  );
}
