/** Thrown for input the deadline engine cannot compute with; `field` names the offending input. */
export class DeadlineInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = "DeadlineInputError";
    this.field = field;
  }
}
