export declare function startStandIn(): Promise<{
  url: string;
  admin: string;
  /** The stand-in's process, whose CPU time the bench reports. */
  pid: number | undefined;
  stop(): Promise<void>;
}>;
