export * from "./enums";
export * from "./staff";
export * from "./requests";
export * from "./fulfilment";
export * from "./platform";
export * from "./intake";
export * from "./staff-views";
export * from "./staff-security";
