import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  loadConfig
} from "./cli-chunk-KOORZX5A.js";
import "./cli-chunk-PSQJLF3B.js";
import "./cli-chunk-E3G7MPRX.js";
export {
  loadConfig
};
