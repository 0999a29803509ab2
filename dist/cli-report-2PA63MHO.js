import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  repoJobCommand
} from "./cli-chunk-Y5Y574FP.js";
import "./cli-chunk-36S2EQW3.js";
import "./cli-chunk-UZJ4WFKL.js";
import "./cli-chunk-WYNKUKAI.js";
import "./cli-chunk-KOORZX5A.js";
import "./cli-chunk-LWCSSTAQ.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-PSQJLF3B.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/report.ts
var reportCommand = repoJobCommand("report", "weekly-report");
export {
  reportCommand
};
