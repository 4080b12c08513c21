export { copyOut } from "@/lib/db/copy-out";
