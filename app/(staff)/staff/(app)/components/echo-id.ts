/** The id of the line that says what a native date or file input holds (native-input-echo.tsx); plain, so server pages can call it. */
export const echoId = (inputId: string) => `${inputId}-echo`;
