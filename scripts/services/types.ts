export type ServiceLog = (message: string) => void;

export interface RunningService {
  url: string;
  pid?: number;
  stop(): Promise<void>;
}
