import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  repoJobCommand
} from "./cli-chunk-I56DJLZ6.js";
import "./cli-chunk-PUYQRFPI.js";
import "./cli-chunk-XMBQHBBE.js";
import "./cli-chunk-LWCSSTAQ.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-PSQJLF3B.js";
import "./cli-chunk-WYNKUKAI.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/escalate.ts
var escalateCommand = repoJobCommand("escalate", "escalation-sweep");
export {
  escalateCommand
};
