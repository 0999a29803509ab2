import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  parseRepo,
  repoJobCommand,
  repoPort,
  takeRepoFlag
} from "./cli-chunk-MVWUK2OF.js";
import "./cli-chunk-OINGJLOS.js";
import "./cli-chunk-54WDPUY3.js";
import "./cli-chunk-WYNKUKAI.js";
import "./cli-chunk-WO2IIXKG.js";
import "./cli-chunk-NHBQGAPF.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";
export {
  parseRepo,
  repoJobCommand,
  repoPort,
  takeRepoFlag
};
