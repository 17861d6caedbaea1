export declare function startStandIn(): Promise<{
  url: string;
  admin: string;
  stop(): Promise<void>;
}>;
