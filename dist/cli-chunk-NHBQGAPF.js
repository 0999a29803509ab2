import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  asciiAlpha,
  asciiAlphanumeric,
  asciiControl,
  blankLine,
  classifyCharacter,
  combineExtensions,
  escapeStringRegexp,
  factorySpace,
  findDeepNesting,
  gfmFromMarkdown,
  gfmToMarkdown,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
  normalizeIdentifier,
  ok,
  parseDueDate,
  parseFullDate,
  parseIsoTime,
  remarkParse,
  resolveAll,
  splice,
  unicodePunctuation,
  unicodeWhitespace,
  unified,
  utcDay
} from "./cli-chunk-ITIGZSNA.js";
import {
  findSeverity,
  load,
  locateKey
} from "./cli-chunk-4Y27CR7S.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunk-E3G7MPRX.js";

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index < presetsOrMatters.length) {
    result[index] = matter(presetsOrMatters[index]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own.call(result, "fence") && !own.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow = {};
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    const code2 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow[code2];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow[code2] = [construct];
    }
  }
  return {
    flow
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code2) {
      const position = self.now();
      if (
        // Indent not allowed.
        position.column === 1 && // Normally, only allowed in first line.
        (position.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code2 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code2);
        }
      }
      return nok(code2);
    }
    function openSequence(code2) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code2);
        }
        return openAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code2);
        return openSequence;
      }
      return nok(code2);
    }
    function openSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code2);
    }
    function openAfter(code2) {
      if (markdownLineEnding(code2)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code2);
    }
    function contentStart(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        return contentEnd(code2);
      }
      effects.enter(valueType);
      return contentInside(code2);
    }
    function contentInside(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(valueType);
        return contentEnd(code2);
      }
      effects.consume(code2);
      return contentInside;
    }
    function contentEnd(code2) {
      if (code2 === null) {
        return nok(code2);
      }
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code2) {
      effects.exit(frontmatterType);
      return ok2(code2);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code2) {
      if (code2 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code2);
      }
      return nok(code2);
    }
    function closeSequence(code2) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code2);
        }
        return closeAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code2);
        return closeSequence;
      }
      return nok(code2);
    }
    function closeSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code2);
    }
    function closeAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(fenceType);
        return ok2(code2);
      }
      return nok(code2);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit = {};
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    enter[matter2.type] = opener(matter2);
    exit[matter2.type] = close;
    exit[matter2.type + "Value"] = value;
  }
  return { enter, exit };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node = this.stack[this.stack.length - 1];
  ok("value" in node);
  this.exit(token);
  node.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index = -1;
  while (++index < matters.length) {
    const matter2 = matters[index];
    handlers[matter2.type] = handler(matter2);
    const open = fence2(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open = fence2(matter2, "open");
  const close2 = fence2(matter2, "close");
  return handle;
  function handle(node) {
    return open + (node.value ? "\n" + node.value : "") + "\n" + close2;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text = {};
function gfmAutolinkLiteral() {
  return {
    text
  };
}
var code = 48;
while (code < 123) {
  text[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text[43] = emailAutolink;
text[45] = emailAutolink;
text[46] = emailAutolink;
text[95] = emailAutolink;
text[72] = [emailAutolink, protocolAutolink];
text[104] = [emailAutolink, protocolAutolink];
text[87] = [emailAutolink, wwwAutolink];
text[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok2, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok2(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok2, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok2(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok2, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok2(code2);
  }
}
function tokenizeWwwPrefix(effects, ok2, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}
function tokenizeDomain(effects, ok2, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok2(code2);
  }
}
function tokenizePath(effects, ok2) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok2, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok2(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok2, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok2(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok2(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok2, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok2(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index = events.length;
  let result = false;
  while (index--) {
    const token = events[index][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok2, nok) {
  const self = this;
  let index = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index--) {
    const token = self.events[index][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok2(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index = events.length;
  let labelStart;
  while (index--) {
    if (events[index][1].type === "labelImage" && events[index][0] === "enter") {
      labelStart = events[index][1];
      break;
    }
  }
  events[index + 1][1].type = "data";
  events[index + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index + 3][1].end),
    end: Object.assign({}, events[index + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string.start),
    end: Object.assign({}, string.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index + 1],
    events[index + 2],
    ["enter", call, context],
    // The `[`
    events[index + 3],
    events[index + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index, events.length - index + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok2, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok2;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok2, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok2(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok2, nok) {
  return effects.check(blankLine, ok2, effects.attempt(indent, ok2, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index = -1;
    while (++index < events.length) {
      if (events[index][0] === "enter" && events[index][1].type === "strikethroughSequenceTemporary" && events[index][1]._close) {
        let open = index;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index][1].end.offset - events[index][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index][1].end)
            };
            const text2 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text2, context]];
            const insideSpan = context.parser.constructs.insideSpan.null;
            if (insideSpan) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text2, context], ["enter", events[index][1], context], ["exit", events[index][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index - open + 3, nextEvents);
            index = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index = -1;
    while (++index < events.length) {
      if (events[index][1].type === "strikethroughSequenceTemporary") {
        events[index][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok2, nok) {
    const previous = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code2) {
      if (previous === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code2);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code2);
    }
    function more(code2) {
      const before = classifyCharacter(previous);
      if (code2 === 126) {
        if (size > 1) return nok(code2);
        effects.consume(code2);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code2);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code2);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok2(code2);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index, remove, add) {
    addImplementation(this, index, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index = this.map.length;
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at2, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at2, remove, add];
  editMap.map.push(change);
  editMap.index.set(at2, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index) {
  let inDelimiterRow = false;
  const align = [];
  while (index < events.length) {
    const event = events[index];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code2) {
    let index = self.events.length - 1;
    while (index > -1) {
      const {
        type
      } = self.events[index][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index--;
      } else {
        break;
      }
    }
    const tail = index > -1 ? self.events[index][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok2(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok2(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap();
  while (++index < events.length) {
    const event = events[index];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index = -1;
  while (++index < context.events.length) {
    const event = context.events[index];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index);
    }
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map.add(index + 1, 0, exits);
}
function getPoint(events, index) {
  const event = events[index];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok2, nok) {
  const self = this;
  return open;
  function open(code2) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code2);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code2);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code2) {
    if (markdownLineEndingOrSpace(code2)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueUnchecked");
      return close2;
    }
    if (code2 === 88 || code2 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueChecked");
      return close2;
    }
    return nok(code2);
  }
  function close2(code2) {
    if (code2 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code2);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      return ok2(code2);
    }
    if (markdownSpace(code2)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok2, nok)(code2);
    }
    return nok(code2);
  }
}
function spaceThenNonSpace(effects, ok2, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions2 = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions2;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// src/core/postmortem/check-parsable.ts
var MAX_MARKS_PER_BLOCK = 1e3;
var MAX_NESTING = 50;
function findUnparsable(text2) {
  const deep = findDeepNesting(text2, MAX_NESTING);
  if (deep) {
    return {
      line: deep.line,
      message: `this line nests quotes or lists ${deep.depth} levels deep; more than ${MAX_NESTING} cannot be checked`
    };
  }
  let line = 1;
  let blockStart = 1;
  let marks = 0;
  let at2 = 0;
  while (at2 <= text2.length) {
    const end = lineEnd(text2, at2);
    const first = firstNonSpace(text2, at2, end);
    if (first === end) {
      marks = 0;
      blockStart = line + 1;
    } else {
      if (text2.charCodeAt(first) !== 124) marks += countMarks(text2, at2, end);
      if (marks > MAX_MARKS_PER_BLOCK) {
        return {
          line: blockStart,
          message: `the paragraph starting here holds more than ${MAX_MARKS_PER_BLOCK} brackets and emphasis marks ([ ] * _ ~); split it with blank lines so it can be checked`
        };
      }
    }
    at2 = end + 1;
    line++;
  }
  return void 0;
}
function lineEnd(text2, from) {
  const newline = text2.indexOf("\n", from);
  return newline < 0 ? text2.length : newline;
}
function firstNonSpace(text2, from, end) {
  let i = from;
  while (i < end && isSpace(text2.charCodeAt(i))) i++;
  return i;
}
function countMarks(text2, from, end) {
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = text2.charCodeAt(i);
    if (c === 91 || c === 93 || c === 42 || c === 95 || c === 126) n++;
  }
  return n;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 13;
}

// src/core/postmortem/sections.ts
var REFERENCE_SECTIONS = [
  { key: "metadata", title: "Metadata", names: ["metadata", "incident details", "details"] },
  { key: "summary", title: "Summary", names: ["summary", "executive summary", "tl dr", "tldr"] },
  { key: "impact", title: "Impact", names: ["impact", "customer impact", "business impact"] },
  {
    key: "root-cause",
    title: "Root Cause",
    names: ["root cause", "root causes", "root cause analysis", "cause", "causes"]
  },
  {
    key: "timeline",
    title: "Timeline (UTC)",
    names: ["timeline", "timeline utc", "incident timeline"]
  },
  { key: "detection", title: "Detection", names: ["detection"] },
  { key: "response", title: "Response", names: ["response", "incident response"] },
  { key: "went-well", title: "What Went Well", names: ["what went well", "went well"] },
  {
    key: "could-improve",
    title: "What Could Be Improved",
    names: [
      "what could be improved",
      "what could have gone better",
      "what went wrong",
      "what went badly",
      "what did not go well",
      "what didn t go well"
    ]
  },
  {
    key: "action-items",
    title: "Action Items",
    names: [
      "action items",
      "action item",
      "actions",
      "follow ups",
      "follow up actions",
      "followups",
      "remediation",
      "remediation items",
      "corrective actions"
    ]
  },
  {
    key: "lessons-learned",
    title: "Lessons Learned",
    names: ["lessons learned", "lessons", "learnings", "takeaways"]
  }
];
var BY_NAME = new Map(
  REFERENCE_SECTIONS.flatMap((spec) => spec.names.map((name) => [name, spec.key]))
);
function normalizeTitle(title) {
  const words = title.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
  while (words.length > 1 && /^\d+$/.test(words[0])) words.shift();
  return words.join(" ");
}
function sectionKeyOf(title) {
  return BY_NAME.get(normalizeTitle(title));
}

// src/core/postmortem/parse-document.ts
var MAX_POSTMORTEM_BYTES = 1024 * 1024;
var processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
function parseMarkdown(text2) {
  return processor.parse(text2);
}
function readPostmortem(text2) {
  if (utf8Length(text2, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { text: text2, ok: false, rule: "file-size", line: void 0, message: OVERSIZE_MESSAGE };
  }
  const unparsable = findUnparsable(text2);
  if (unparsable) return { text: text2, ok: false, rule: "too-complex", ...unparsable };
  try {
    return { text: text2, ok: true, doc: parseDocument(text2) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const message2 = `the file could not be checked: ${error.message}`;
    return { text: text2, ok: false, rule: "too-complex", line: void 0, message: message2 };
  }
}
function asRead(input) {
  return typeof input === "string" ? readPostmortem(input) : input;
}
function parseDocument(text2) {
  const root = parseMarkdown(text2);
  const first = root.children[0];
  return {
    root,
    yaml: first?.type === "yaml" ? first : void 0,
    sections: findSections(root)
  };
}
function findSections(root) {
  const sections = [];
  const open = [];
  root.children.forEach((node, index) => {
    if (node.type !== "heading") return;
    while (open.length > 0 && open.at(-1).heading.depth >= node.depth) {
      open.pop().end = index;
    }
    const title = plainText(node);
    const section = { heading: node, title, key: sectionKeyOf(title), index, end: -1 };
    sections.push(section);
    open.push(section);
  });
  for (const section of open) section.end = root.children.length;
  return sections;
}
function findSection(doc, key) {
  let best;
  for (const section of doc.sections) {
    if (section.key === key && (!best || section.heading.depth < best.heading.depth)) {
      best = section;
    }
  }
  return best;
}
function sectionContent(root, section) {
  return root.children.slice(section.index + 1, section.end);
}
function plainText(node) {
  const parts = [];
  const walk = (current) => {
    if (current.type === "text" || current.type === "inlineCode") parts.push(current.value);
    else if (current.type === "break") parts.push(" ");
    else if ("children" in current) for (const child of current.children) walk(child);
  };
  walk(node);
  return parts.join("");
}
function utf8Length(text2, cap = Number.POSITIVE_INFINITY) {
  let bytes = 0;
  for (let i = 0; i < text2.length && bytes <= cap; i++) {
    const code2 = text2.charCodeAt(i);
    if (code2 < 128) bytes += 1;
    else if (code2 < 2048) bytes += 2;
    else if (code2 >= 55296 && code2 <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
var OVERSIZE_MESSAGE = "the file is larger than 1 MB (1048576 bytes), the limit for a post-mortem, so it was not checked; move logs and dumps to linked files";

// src/core/postmortem/bold-labels.ts
var MAX_LABEL = 40;
function findBoldLabels(root) {
  const found = [];
  root.children.forEach((node, index) => {
    if (node.type !== "paragraph") return;
    const [first, ...rest] = node.children;
    if (first?.type !== "strong") return;
    const strong = plainText(first).trim();
    const after = rest.map((child) => plainText(child)).join("");
    const colonInside = strong.endsWith(":");
    if (!colonInside && !after.startsWith(":")) return;
    const label = (colonInside ? strong.slice(0, -1) : strong).trim();
    if (label === "" || label.length > MAX_LABEL) return;
    const value2 = (colonInside ? after : after.slice(1)).trim();
    found.push({ label, value: value2, node, index });
  });
  return found;
}

// src/core/postmortem/metadata.ts
function metadataList(root, section) {
  return sectionContent(root, section).find((node) => node.type === "list");
}
function readMetadata(root, section) {
  const list = metadataList(root, section);
  if (!list) return [];
  const items = [];
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (paragraph?.type !== "paragraph") continue;
    const parsed = splitLabel(paragraph.children);
    if (parsed) items.push({ ...parsed, item, paragraph });
  }
  return items;
}
function splitLabel(children) {
  const [first, ...rest] = children;
  if (!first) return void 0;
  if (first.type === "strong") {
    const label = plainText(first).replace(/:\s*$/, "");
    const value2 = rest.map((node) => plainText(node)).join("").replace(/^\s*:?\s*/, "");
    return { label: normalizeTitle(label), value: value2.trim(), labelNodes: 1 };
  }
  if (first.type === "text") {
    const colon = first.value.indexOf(":");
    if (colon <= 0 || colon > 40) return void 0;
    const value2 = first.value.slice(colon + 1) + rest.map((node) => plainText(node)).join("");
    return {
      label: normalizeTitle(first.value.slice(0, colon)),
      value: value2.trim(),
      labelNodes: 0
    };
  }
  return void 0;
}

// src/core/postmortem/front-matter.ts
var TIME_KEYS = [
  "start",
  "detected",
  "acknowledged",
  "mitigated",
  "resolved",
  "closed"
];
function readFrontMatter(yaml) {
  const firstLine = (yaml.position?.start.line ?? 1) + 1;
  let data;
  try {
    data = yaml.value.trim() === "" ? {} : load(yaml.value, { maxAliases: 0 });
  } catch (error) {
    const mark = error.mark;
    const reason = error.reason ?? String(error);
    return {
      ok: false,
      message: `the front matter is not valid YAML: ${reason}`,
      line: firstLine + (mark?.line ?? 0),
      column: (mark?.column ?? 0) + 1
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      message: "the front matter must be a YAML mapping of keys to values (id: ..., severity: ...)",
      line: firstLine,
      column: 1
    };
  }
  return { ok: true, data };
}
function frontMatterKeyPosition(yaml, key) {
  const firstLine = (yaml.position?.start.line ?? 1) + 1;
  const at2 = locateKey(yaml.value, [key]);
  return at2 ? { line: firstLine + at2.line - 1, column: at2.column } : { line: firstLine - 1, column: 1 };
}
function incidentDay(doc) {
  if (doc.yaml) {
    const front = readFrontMatter(doc.yaml);
    if (front.ok) {
      for (const key of TIME_KEYS) {
        const value2 = front.data[key];
        const ms = typeof value2 === "string" ? parseIsoTime(value2) : void 0;
        if (ms !== void 0) return utcDay(ms);
      }
    }
  }
  const metadata = findSection(doc, "metadata");
  const date = (metadata ? readMetadata(doc.root, metadata).find((item) => item.label === "date")?.value : void 0) ?? // The SRE book's style: "**Date:** 2015-10-21" at the top.
  findBoldLabels(doc.root).find((label) => normalizeTitle(label.label) === "date")?.value;
  return date ? parseFullDate(date) : void 0;
}

// src/core/postmortem/table.ts
function readTable(node) {
  const [head, ...body] = node.children;
  return {
    node,
    headers: head ? head.children.map((cell) => plainText(cell).trim()) : [],
    rows: body.map((row) => ({
      node: row,
      line: row.position?.start.line ?? 0,
      cells: row.children,
      texts: row.children.map((cell) => plainText(cell).trim())
    }))
  };
}
var COLUMN_NAMES = {
  id: ["id", "#", "no", "number", "ref"],
  description: ["description", "action", "action item", "task", "item", "what"],
  owner: ["owner", "assignee", "who", "owners", "assigned to", "responsible"],
  due: ["due", "due date", "deadline", "eta", "target date", "by when", "due by"],
  time: ["time", "time utc", "utc", "when", "timestamp", "date", "date time", "date and time"],
  event: ["event", "events", "what happened", "description", "action", "details"],
  actor: ["who", "by", "actor", "person"]
};
function mapColumns(headers, roles) {
  const result = {};
  const taken = /* @__PURE__ */ new Set();
  for (const role of roles) {
    const names = COLUMN_NAMES[role];
    const index = headers.findIndex(
      (header, i) => !taken.has(i) && names.includes(headerKey(header))
    );
    result[role] = index;
    if (index >= 0) taken.add(index);
  }
  return result;
}
function headerKey(header) {
  const trimmed = header.trim();
  return trimmed === "#" ? "#" : normalizeTitle(trimmed);
}

// src/core/postmortem/action-items.ts
var ROLES = ["id", "description", "owner", "due"];
function parseActionItems(input) {
  const read = asRead(input);
  if (!read.ok) {
    const where = read.line === void 0 ? "" : `line ${read.line}: `;
    return { ok: false, message: `${where}${read.message}` };
  }
  const doc = read.doc;
  const found = findActionItemsTable(doc);
  if (!found) return { ok: true, found: false, items: [] };
  const items = readActionItemRows(found, incidentDay(doc)).map(
    ({ row, dueText, dueResult, ...item }) => item
  );
  return { ok: true, found: true, items };
}
function findActionItemsTable(doc) {
  const section = findSection(doc, "action-items");
  const inSection = section ? sectionContent(doc.root, section).find((node) => node.type === "table") : void 0;
  if (inSection) return withColumns(readTable(inSection));
  for (const node of doc.root.children) {
    if (node.type !== "table") continue;
    const candidate = withColumns(readTable(node));
    if (candidate.columns.description >= 0 && candidate.columns.owner >= 0) return candidate;
  }
  return void 0;
}
function readActionItemRows(found, incident) {
  const { table, columns } = found;
  const cell = (row, index) => index < 0 ? "" : row.texts[index] ?? "";
  return table.rows.filter((row) => row.texts.some((text2) => text2 !== "")).map((row, index) => {
    const owner = stripJoiners(cell(row, columns.owner));
    const dueText = cell(row, columns.due);
    const dueResult = parseDueDate(dueText, incident);
    return {
      id: columns.id < 0 ? String(index + 1) : cell(row, columns.id),
      description: cell(row, columns.description),
      owner: owner === "" ? null : owner,
      due: dueResult.ok ? dueResult.date : null,
      line: row.line,
      fields: extraFields(table, columns, row),
      row,
      dueText,
      dueResult
    };
  });
}
function withColumns(table) {
  return { table, columns: mapColumns(table.headers, ROLES) };
}
function extraFields(table, columns, row) {
  const used = new Set(Object.values(columns));
  return Object.fromEntries(
    table.headers.flatMap(
      (header, index) => used.has(index) || header === "" ? [] : [[header, row.texts[index] ?? ""]]
    )
  );
}
function stripJoiners(text2) {
  return text2.replaceAll("\u200D", "").trim();
}

// src/core/postmortem/lint-message.ts
function message(severity, rule, text2, at2) {
  return { line: at2?.line ?? 1, column: at2?.column ?? 1, severity, rule, message: text2 };
}
function startOf(node) {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 };
}
function cellStart(cell) {
  const first = cell.children?.[0];
  return first?.position ? startOf(first) : startOf(cell);
}

// src/core/postmortem/positions.ts
var layouts = /* @__PURE__ */ new WeakMap();
function placeInText(node, offset, source) {
  const start = node.position?.start;
  if (!start) return { line: 1, column: 1 };
  const layout = layoutOf(node, source);
  if (!layout.verbatim) return { line: start.line, column: start.column };
  const starts = layout.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  const lineStart = starts[low];
  return {
    line: start.line + low,
    column: low === 0 ? start.column + offset : offset - lineStart + 1
  };
}
function layoutOf(node, source) {
  const cached = layouts.get(node);
  if (cached) return cached;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const verbatim = start !== void 0 && end !== void 0 && end - start === node.value.length && source.startsWith(node.value, start);
  const lineStarts = [0];
  if (verbatim) {
    for (let at2 = node.value.indexOf("\n"); at2 >= 0; at2 = node.value.indexOf("\n", at2 + 1)) {
      lineStarts.push(at2 + 1);
    }
  }
  const layout = { verbatim, lineStarts };
  layouts.set(node, layout);
  return layout;
}

// src/core/postmortem/prompts.ts
var TODO = "TODO:";
var MAX_PLACEHOLDER = 80;
function findPrompts(root, source) {
  const prompts = [];
  const walk = (node) => {
    if (node.type === "text") promptsInText(node, source, prompts);
    else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return prompts.sort((a, b) => a.line - b.line || a.column - b.column);
}
function hasPrompt(text2) {
  return findTodo(text2, 0) >= 0 || findPlaceholder(text2, 0) !== void 0;
}
function promptsInText(node, source, found) {
  const value2 = node.value;
  for (let at2 = findTodo(value2, 0); at2 >= 0; at2 = findTodo(value2, at2 + TODO.length)) {
    found.push({ ...placeInText(node, at2, source), text: excerpt(value2, at2) });
  }
  for (let hit = findPlaceholder(value2, 0); hit; hit = findPlaceholder(value2, hit.end)) {
    found.push({ ...placeInText(node, hit.start, source), text: value2.slice(hit.start, hit.end) });
  }
}
function findTodo(value2, from) {
  let at2 = value2.indexOf(TODO, from);
  while (at2 > 0 && isWordChar(value2.charCodeAt(at2 - 1))) at2 = value2.indexOf(TODO, at2 + 1);
  return at2;
}
function findPlaceholder(value2, from) {
  for (let open = value2.indexOf("[", from); open >= 0; open = value2.indexOf("[", open + 1)) {
    const first = value2.charCodeAt(open + 1);
    if (first < 65 || first > 90) continue;
    const limit = Math.min(value2.length, open + 1 + MAX_PLACEHOLDER);
    for (let i = open + 1; i < limit; i++) {
      const c = value2.charCodeAt(i);
      if (c === 93) return { start: open, end: i + 1 };
      if (c === 91 || c === 10) break;
    }
  }
  return void 0;
}
function excerpt(value2, at2) {
  const window = value2.slice(at2, at2 + 81);
  const newline = window.indexOf("\n");
  const line = (newline < 0 ? window : window.slice(0, newline)).trim();
  return line.length > 80 ? `${line.slice(0, 79)}\u2026` : line;
}
function isWordChar(code2) {
  return code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 === 95;
}

// src/core/postmortem/lint-sections.ts
var DEFAULT_REQUIRED_SECTIONS = REFERENCE_SECTIONS.map((s) => s.title);
function sectionsOf(templateText) {
  const headings = parseMarkdown(templateText).children.flatMap(
    (node) => node.type === "heading" ? [{ depth: node.depth, title: plainText(node).trim() }] : []
  );
  const second = headings.filter((h) => h.depth === 2);
  return (second.length > 0 ? second : headings.slice(1)).map((h) => h.title);
}
function lintRequiredSections(doc, required) {
  const out = [];
  let labels;
  for (const title of required) {
    const section = lookUp(doc, title);
    if (!section) {
      labels ??= findBoldLabels(doc.root);
      const label = labelFor(labels, title);
      if (label && !labelIsEmpty(doc, label)) continue;
      if (label) {
        out.push(
          message(
            "error",
            "required-sections",
            `the "${label.label}" section is empty`,
            startOf(label.node)
          )
        );
        continue;
      }
      out.push(
        message("error", "required-sections", `the "${title}" section is missing`, void 0)
      );
    } else if (isEmpty(doc, section)) {
      out.push(
        message(
          "error",
          "required-sections",
          `the "${section.title}" section is empty`,
          startOf(section.heading)
        )
      );
    }
  }
  return out;
}
function lintPrompts(doc, source) {
  return findPrompts(doc.root, source).map(
    (prompt) => message("error", "prompts", `still to write: ${prompt.text}`, prompt)
  );
}
function labelFor(labels, title) {
  const key = sectionKeyOf(title);
  const wanted = normalizeTitle(title);
  return labels.find(
    (l) => key ? sectionKeyOf(l.label) === key : normalizeTitle(l.label) === wanted
  );
}
function labelIsEmpty(doc, label) {
  if (label.value !== "") return false;
  const next = doc.root.children[label.index + 1];
  if (!next || next.type === "heading" || next.type === "html") return true;
  const [first] = next.type === "paragraph" ? next.children : [];
  return first?.type === "strong";
}
function lookUp(doc, title) {
  const key = sectionKeyOf(title);
  if (key) return findSection(doc, key);
  const wanted = normalizeTitle(title);
  return doc.sections.find((section) => normalizeTitle(section.title) === wanted);
}
function isEmpty(doc, section) {
  return sectionContent(doc.root, section).every((node) => node.type === "html");
}
function templateRules(templateText) {
  const read = readPostmortem(templateText);
  const table = read.ok ? findActionItemsTable(read.doc) : void 0;
  return {
    requiredSections: sectionsOf(templateText),
    requireDue: !table || table.columns.due >= 0
  };
}

// src/core/postmortem/confirm.ts
var CONFIRM = "CONFIRM:";
function lintDrafts(root, source) {
  const out = [];
  const walk = (node) => {
    if (node.type === "text") {
      for (let at2 = node.value.indexOf(CONFIRM); at2 >= 0; at2 = node.value.indexOf(CONFIRM, at2 + 1)) {
        if (startsLine(node.value, at2)) {
          out.push(
            message(
              "warning",
              "drafts",
              `the scribe drafted this from the incident: check it, then delete "${CONFIRM}"`,
              placeInText(node, at2, source)
            )
          );
        }
      }
    } else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return out;
}
function startsLine(value2, at2) {
  let i = at2 - 1;
  while (i >= 0 && at2 - i <= 4 && (value2[i] === " " || value2[i] === ":" || value2[i] === "	")) i--;
  return i < 0 || value2[i] === "\n";
}

// src/core/postmortem/lint-action-items.ts
var LOGIN = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][\w.-]{0,99}$/;
var COLUMN_LABEL = {
  description: "Description",
  owner: "Owner",
  due: "Due Date"
};
function lintActionItems(doc, day, knownOwners, requireDue = true) {
  const found = findActionItemsTable(doc);
  const section = findSection(doc, "action-items");
  if (!found) {
    const messages = section ? [
      message(
        "error",
        "action-items-table",
        "the Action Items section has no table; write one with ID, Description, Owner and Due Date columns",
        startOf(section.heading)
      )
    ] : [];
    return { messages, found };
  }
  const out = [];
  const header = startOf(found.table.node);
  for (const role of ["description", "owner", "due"]) {
    if (found.columns[role] >= 0 || role === "due" && !requireDue) continue;
    const names = COLUMN_NAMES[role].map(titleCase).join(", ");
    out.push(
      message(
        "error",
        "action-items-table",
        `the Action Items table has no ${COLUMN_LABEL[role]} column (any of these headers works: ${names})`,
        header
      )
    );
  }
  const rows = readActionItemRows(found, day);
  if (rows.length === 0) {
    out.push(
      message(
        "warning",
        "action-items-table",
        "there are no action items; add what would stop this from happening again",
        header
      )
    );
  }
  const seen = /* @__PURE__ */ new Map();
  for (const item of rows) {
    out.push(...lintId(found, item, seen));
    if (found.columns.description >= 0 && item.description === "") {
      out.push(
        message(
          "error",
          "action-item-description",
          "this action item has no description",
          at(found, item, "description")
        )
      );
    }
    if (found.columns.owner >= 0) out.push(...lintOwner(found, item, knownOwners));
    if (found.columns.due >= 0) out.push(...lintDue(found, item, day));
  }
  return { messages: out, found };
}
function lintId(found, item, seen) {
  if (found.columns.id < 0) return [];
  if (item.id === "") {
    return [
      message("error", "action-item-id", "this action item has no ID", at(found, item, "id"))
    ];
  }
  const earlier = seen.get(item.id);
  if (earlier !== void 0) {
    return [
      message(
        "error",
        "action-item-id",
        `ID ${item.id} is also used on line ${earlier}; each action item becomes one issue, found by its ID`,
        at(found, item, "id")
      )
    ];
  }
  seen.set(item.id, item.line);
  return [];
}
function lintOwner(found, item, knownOwners) {
  const place = at(found, item, "owner");
  const owner = item.owner;
  if (owner === null) {
    return [message("error", "action-item-owner", "this action item has no owner", place)];
  }
  const shown = owner.length > 40 ? `${owner.slice(0, 39)}\u2026` : owner;
  if (owner.split("@").length > 2) {
    return [
      message(
        "error",
        "action-item-owner",
        `one owner per action item, not "${shown}"; split the item or pick who drives it`,
        place
      )
    ];
  }
  if (owner.length > 140 || !(LOGIN.test(owner) || TEAM.test(owner))) {
    const bare = owner.length <= 140 && (LOGIN.test(`@${owner}`) || TEAM.test(`@${owner}`));
    return [
      message(
        "error",
        "action-item-owner",
        bare ? `the owner "${shown}" is not a GitHub @login or @org/team; write @${owner}` : `the owner "${shown}" is not a GitHub @login or @org/team`,
        place
      )
    ];
  }
  if (knownOwners && !isKnown(knownOwners, owner)) {
    return [
      message(
        "error",
        "action-item-owner",
        `${owner} cannot be assigned: not a collaborator with access to this repository, or not a team of its organisation`,
        place
      )
    ];
  }
  return [];
}
function lintDue(found, item, day) {
  const place = at(found, item, "due");
  if (!item.dueResult.ok) {
    const reason = item.dueText === "" ? "this action item has no due date" : item.dueResult.reason;
    return [message("error", "action-item-due", reason, place)];
  }
  if (day !== void 0 && item.dueResult.date < day) {
    return [
      message(
        "error",
        "action-item-due",
        `due ${item.dueResult.date} is before the incident (${day})`,
        place
      )
    ];
  }
  return [];
}
function isKnown(known, owner) {
  if (typeof known === "function") return known(owner);
  const wanted = owner.toLowerCase();
  for (const entry of known) if (entry.toLowerCase() === wanted) return true;
  return false;
}
function at(found, item, role) {
  const index = found.columns[role];
  const cell = item.row.cells[index];
  return cell ? cellStart(cell) : startOf(item.row.node);
}
function titleCase(name) {
  return name.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

// src/core/postmortem/lint-front-matter.ts
var REQUIRED_KEYS = ["id", "title", "severity", "status"];
var MUST_PRECEDE = {
  start: [],
  detected: ["start"],
  acknowledged: ["start", "detected"],
  mitigated: ["start", "detected"],
  resolved: ["start", "detected", "acknowledged", "mitigated"],
  closed: ["start", "detected", "acknowledged", "mitigated", "resolved"]
};
function lintFrontMatter(doc, config) {
  if (!doc.yaml) {
    return [
      message(
        "error",
        "front-matter",
        "no front matter: start the file with a YAML block between --- lines holding id, title, severity and status",
        void 0
      )
    ];
  }
  const yaml = doc.yaml;
  const front = readFrontMatter(yaml);
  if (!front.ok) return [message("error", "front-matter", front.message, front)];
  const data = front.data;
  const at2 = (key) => frontMatterKeyPosition(yaml, key);
  const out = [];
  for (const key of REQUIRED_KEYS) {
    const value2 = data[key];
    if (value2 === void 0 || value2 === null || String(value2).trim() === "") {
      out.push(message("error", "front-matter", `the front matter has no ${key}`, at2(key)));
    } else if (typeof value2 !== "string" && typeof value2 !== "number") {
      out.push(message("error", "front-matter", `${key} must be a single value`, at2(key)));
    }
  }
  const severity = data.severity;
  if ((typeof severity === "string" || typeof severity === "number") && String(severity) !== "") {
    if (!findSeverity(config, String(severity))) {
      const known = config.severities.map((s) => s.id).join(", ");
      out.push(
        message(
          "error",
          "severity",
          `severity "${String(severity).slice(0, 40)}" is not one the configuration defines (${known})`,
          at2("severity")
        )
      );
    }
  }
  const times = /* @__PURE__ */ new Map();
  for (const key of TIME_KEYS) {
    const value2 = data[key];
    if (value2 === void 0 || value2 === null || value2 === "") continue;
    const ms = typeof value2 === "string" ? parseIsoTime(value2) : void 0;
    if (ms === void 0) {
      out.push(
        message(
          "error",
          "front-matter",
          `${key} is not a time the scribe can read; write ISO 8601 in UTC, such as 2024-01-15T10:00:00Z`,
          at2(key)
        )
      );
    } else times.set(key, ms);
  }
  for (const key of TIME_KEYS) {
    const time = times.get(key);
    if (time === void 0) continue;
    const clash = MUST_PRECEDE[key].filter((earlier) => (times.get(earlier) ?? Number.NEGATIVE_INFINITY) > time).at(-1);
    if (clash) {
      out.push(message("error", "times-ordered", `${key} comes before ${clash}`, at2(key)));
    }
  }
  const duration = data.duration_minutes;
  if (duration !== void 0 && duration !== null && !(typeof duration === "number" && Number.isInteger(duration) && duration >= 0)) {
    out.push(
      message(
        "error",
        "front-matter",
        "duration_minutes must be a whole number of minutes",
        at2("duration_minutes")
      )
    );
  }
  return out;
}

// src/core/postmortem/lint-language.ts
function lintBlameless(root, source, terms) {
  const wanted = [...new Set(terms.map((term) => term.toLowerCase().trim()))].filter(
    (term) => term !== ""
  );
  if (wanted.length === 0) return [];
  const out = [];
  const visit = (node) => {
    if (node.type === "text") {
      const lower = node.value.toLowerCase();
      for (const term of wanted) {
        for (let at2 = lower.indexOf(term); at2 >= 0; at2 = lower.indexOf(term, at2 + term.length)) {
          if (!isWholeWord(lower, at2, term.length)) continue;
          out.push(
            message(
              "warning",
              "blameless-language",
              `"${node.value.slice(at2, at2 + term.length)}" assigns blame; describe what the system or the process allowed instead`,
              placeInText(node, at2, source)
            )
          );
        }
      }
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
function isWholeWord(text2, at2, length) {
  return !isLetter(text2.charCodeAt(at2 - 1)) && !isLetter(text2.charCodeAt(at2 + length));
}
function isLetter(code2) {
  return code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 95 || code2 > 127;
}

// src/core/postmortem/lint-tables.ts
var PERSON_COLUMNS = /* @__PURE__ */ new Set([...COLUMN_NAMES.owner, ...COLUMN_NAMES.actor]);
function lintTables(root, source) {
  const out = [];
  const visit = (node) => {
    if (node.type === "table") lintTable(node, source, out);
    else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
function lintTable(table, source, out) {
  const [head, ...body] = table.children;
  const width = head?.children.length ?? 0;
  const people = new Set(
    (head?.children ?? []).flatMap(
      (cell, index) => PERSON_COLUMNS.has(headerKey(plainText(cell))) ? [index] : []
    )
  );
  for (const row of body) {
    const cells = row.children.length;
    if (cells > width) {
      out.push(
        message(
          "error",
          "table-ragged",
          `this row has ${cellCount(cells)} but the header has ${width}; GitHub drops the extra cells (write a | inside a cell as \\|)`,
          startOf(row.children[width] ?? row)
        )
      );
    } else if (cells < width) {
      out.push(
        message(
          "warning",
          "table-ragged",
          `this row has ${cellCount(cells)} but the header has ${width}; the missing ones read as empty`,
          startOf(row)
        )
      );
    }
    row.children.forEach((cell, index) => {
      htmlIn(cell, out);
      if (!people.has(index)) mentionsIn(cell, source, out);
    });
  }
}
function cellCount(n) {
  return n === 1 ? "1 cell" : `${n} cells`;
}
function htmlIn(cell, out) {
  const visit = (node) => {
    if (node.type === "html") {
      const tag = node.value.length > 30 ? `${node.value.slice(0, 29)}\u2026` : node.value;
      out.push(
        message(
          "warning",
          "cell-html",
          `HTML in a table cell (${tag}); cells are copied as plain text, so it is dropped`,
          startOf(node)
        )
      );
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(cell);
}
function mentionsIn(cell, source, out) {
  const visit = (node) => {
    if (node.type === "text") {
      for (const at2 of mentionOffsets(node.value)) {
        const name = node.value.slice(at2, at2 + 40).split(/[^@\w/-]/)[0];
        out.push(
          message(
            "warning",
            "cell-mention",
            `${name} in a table cell would notify them when the scribe copies the cell into an issue; name people without @ outside the Owner and Who columns`,
            placeInText(node, at2, source)
          )
        );
      }
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(cell);
}
function mentionOffsets(text2) {
  const found = [];
  for (let at2 = text2.indexOf("@"); at2 >= 0; at2 = text2.indexOf("@", at2 + 1)) {
    const next = text2.charCodeAt(at2 + 1);
    const before = at2 > 0 ? text2.charCodeAt(at2 - 1) : 32;
    if (isAlnum(next) && !isAlnum(before) && before !== 95 && before !== 46) found.push(at2);
  }
  return found;
}
function isAlnum(code2) {
  return code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}

// src/core/postmortem/lint-timeline.ts
var CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(?:UTC|Z))?$/i;
function lintTimeline(doc, day) {
  const section = findSection(doc, "timeline");
  if (!section) return [];
  const node = sectionContent(doc.root, section).find((n) => n.type === "table");
  if (!node) return [];
  const table = readTable(node);
  const { time } = mapColumns(table.headers, ["time"]);
  const column = Math.max(time, 0);
  const out = [];
  let currentDay = day === void 0 ? 0 : parseIsoTime(day);
  let previous;
  for (const row of table.rows) {
    const text2 = row.texts[column] ?? "";
    const cell = row.cells[column];
    const place = cell ? cellStart(cell) : startOf(row.node);
    if (hasPrompt(text2)) continue;
    if (text2 === "") {
      out.push(message("error", "timeline-chronological", "this timeline row has no time", place));
      continue;
    }
    const ms = readTime(text2, currentDay);
    if (ms === void 0) {
      out.push(
        message(
          "error",
          "timeline-chronological",
          `cannot read the time "${text2.slice(0, 40)}"; write 10:05, or 2024-01-15 10:05 when the date changes`,
          place
        )
      );
      continue;
    }
    if (ms.dated) currentDay = Date.parse(`${utcDay(ms.value)}T00:00:00Z`);
    if (previous && ms.value < previous.ms) {
      out.push(
        message(
          "error",
          "timeline-chronological",
          `${text2} comes before ${previous.text} on line ${previous.line}; keep the rows in time order, and write the date when the incident crosses midnight`,
          place
        )
      );
    }
    previous = { ms: ms.value, text: text2, line: row.line };
  }
  return out;
}
function readTime(text2, currentDay) {
  if (text2.length > 64) return void 0;
  const clock = CLOCK.exec(text2);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return void 0;
    return { value: currentDay + ((hours * 60 + minutes) * 60 + seconds) * 1e3, dated: false };
  }
  const full = parseIsoTime(text2);
  return full === void 0 ? void 0 : { value: full, dated: true };
}

// src/core/postmortem/lint.ts
function lintPostmortem(input, options) {
  const read = asRead(input);
  if (!read.ok) {
    const at2 = read.line === void 0 ? void 0 : { line: read.line, column: 1 };
    return [message("error", read.rule, read.message, at2)];
  }
  try {
    return lintParsed(read.text, read.doc, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [
      message("error", "too-complex", `the file could not be checked: ${error.message}`, void 0)
    ];
  }
}
function lintParsed(text2, doc, options) {
  const day = incidentDay(doc);
  const actionItems = lintActionItems(doc, day, options.knownOwners, options.requireDue ?? true);
  const messages = [
    ...lintFrontMatter(doc, options.config),
    ...lintRequiredSections(doc, options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS),
    ...lintPrompts(doc, text2),
    ...lintDrafts(doc.root, text2),
    ...lintTimeline(doc, day),
    ...actionItems.messages,
    ...lintTables(doc.root, text2),
    ...lintBlameless(doc.root, text2, options.config.postmortem.blamelessTerms)
  ];
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
function hasErrors(messages) {
  return messages.some((m) => m.severity === "error");
}
function formatLintMessage(file, m) {
  return `${file}:${m.line}:${m.column} ${m.severity} ${m.rule} ${m.message}`;
}

export {
  findUnparsable,
  MAX_POSTMORTEM_BYTES,
  parseDocument,
  findSection,
  utf8Length,
  OVERSIZE_MESSAGE,
  readMetadata,
  readFrontMatter,
  incidentDay,
  parseActionItems,
  findActionItemsTable,
  readActionItemRows,
  templateRules,
  lintPostmortem,
  hasErrors,
  formatLintMessage
};
