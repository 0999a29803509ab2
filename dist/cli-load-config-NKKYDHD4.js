import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  loadConfig
} from "./cli-chunk-WO2IIXKG.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";
export {
  loadConfig
};
