import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  redeliverFailed
} from "./cli-chunk-QTE2TFPQ.js";
import "./cli-chunk-E3G7MPRX.js";
export {
  redeliverFailed
};
