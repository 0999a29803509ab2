import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  repoJobCommand
} from "./cli-chunk-MVWUK2OF.js";
import "./cli-chunk-OINGJLOS.js";
import "./cli-chunk-54WDPUY3.js";
import "./cli-chunk-WYNKUKAI.js";
import "./cli-chunk-WO2IIXKG.js";
import "./cli-chunk-NHBQGAPF.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/report.ts
var reportCommand = repoJobCommand("report", "weekly-report");
export {
  reportCommand
};
