import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  parseRepo,
  repoJobCommand,
  repoPort
} from "./cli-chunk-FEMTVXSU.js";
import "./cli-chunk-XI6PGJIT.js";
import "./cli-chunk-W6RYW2SL.js";
import "./cli-chunk-WYNKUKAI.js";
import "./cli-chunk-WO2IIXKG.js";
import "./cli-chunk-NHBQGAPF.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";
export {
  parseRepo,
  repoJobCommand,
  repoPort
};
