import { describe, expect, it } from "vitest";
import { staffRequestFields } from "./staff-intake";

describe("staffRequestFields: the staff form's correction rows (QA F21)", () => {
  it("gathers every row, the first unsuffixed and the next ones _1, _2…, skipping a removed (absent) row", () => {
    const fields = staffRequestFields({
      type: "rectification",
      email: "a@example.net",
      rectField: "Postal address",
      rectCurrent: "1 rue A",
      rectNew: "2 rue B",
      rectField_1: "Phone",
      rectCurrent_1: "",
      rectNew_1: "+33 6 00 00 00 00",
      rectField_3: "Surname",
      rectNew_3: "Martin",
    });
    expect(fields.rectification).toEqual([
      { field: "Postal address", currentValue: "1 rue A", newValue: "2 rue B" },
      { field: "Phone", currentValue: undefined, newValue: "+33 6 00 00 00 00" },
      { field: "Surname", currentValue: undefined, newValue: "Martin" },
    ]);
  });

  it("takes the import's single row and sets none for another type", () => {
    expect(staffRequestFields({ type: "rectification", rectField: "City", rectNew: "Lyon" }).rectification).toEqual([
      { field: "City", currentValue: undefined, newValue: "Lyon" },
    ]);
    expect(staffRequestFields({ type: "access", rectField: "City", rectNew: "Lyon" })).not.toHaveProperty(
      "rectification",
    );
  });
});
