/**
 * The words and shapes of text the scorer's features look for around a
 * candidate (mention-features.ts). Kept apart so the features read as a list of
 * named facts. The lists are English, but for TECH_NOUN_BEFORE, which also has
 * the Portuguese and Spanish nouns of pt. and es.stackoverflow.com ("app Flask").
 */

export const TECH_WORDS =
  /\b(?:frameworks?|servers?|apps?|applications?|librar(?:y|ies)|modules?|packages?|pip3?|npm|yarn|gem|install(?:ed)?|import(?:ing)?|web|async(?:hronous)?|api|backend|frontend|http|websockets?|requests?|handlers?|routes?|deploy(?:ed|ing)?|python[\d.]*|javascript|typescript|java|ruby|php|node|html|css|sql|database|version|project|code|endpoint|views?|middleware|docs|documentation|coroutines?|event loop|wsgi|asgi|runtimes?|workers?|daemon|errors?|exceptions?|stack ?traces?|tracebacks?|debug(?:ging)?|config(?:uration)?|plugins?|components?|queries|query|build|compile[rd]?|test(?:s|ing)?|class(?:es)?|methods?|functions?|controllers?|templates?)\b/gi;
export const TECH_NOUN_AFTER =
  /^[\s-]*(?:apps?|applications?|servers?|formats?|errors?|logs?|installation|instances?|frameworks?|projects?|routes?|views?|handlers?|api|docs|documentation|versions?|librar(?:y|ies)|modules?|packages?|extensions?|plugins?|backend|frontend|requests?|templates?|models?|tutorials?|code|websockets?|runtimes?|workers?|ioloop|reactor|deferreds?|middleware|orm|admin|settings|components?|controllers?|directives?|services?|jobs?|clusters?|queries|query|scripts?|sdk|cli|config(?:uration)?|containers?|beans?|annotations?|tests?|dependenc(?:y|ies))\b/i;
export const SOFTWARE_NOUN_AFTER =
  /^(?:\s+v?\d[\w.]*)?[\s-]+(?:apps?|applications?|servers?|projects?|frameworks?|librar(?:y|ies)|modules?|packages?|plugins?|runtimes?|versions?|installation|sdk|cli|api|backend|service|program|processes)\b/i;
export const TECH_NOUN_BEFORE =
  /\b(?:framework|library|server|servidor|app|aplicação|aplicación|biblioteca|runtime|package|module|plugin|engine)\s+$/i;
/** A verb of use or a phrase of work right before it ("using Flask", "new to gwt", "switched to Sails"). */
export const USE_BEFORE =
  /\b(?:using|use|used|uses|with|via|install|installed|installing|upgrade|upgraded|downgrade|downgraded|update|updated|learning|learn|new to|switched to|migrated to|moved to|working on|built on|based on|written in|run|running|runs)\s+(?:the\s+|a\s+|an\s+)?$/i;
export const ARTICLE_BEFORE = /\b(?:a|an|the|this|that|my|your|his|her|our|their|its|last|next|of|some|every)\s+$/i;
export const IMPORT_BEFORE =
  /(?:\b(?:import|from)\s+(?:[\w.]+\s*,\s*)*$|\brequire\s*\(\s*['"]$|\bfrom\s+['"]$|\bimport\s+['"]$|\b(?:pip3?|pipenv|poetry|uv|conda)\s+(?:install|add|uninstall|remove)\s+(?:\S+\s+)*$|\b(?:npm|yarn|pnpm|bun)\s+(?:i|install|add|remove|uninstall|update|upgrade)\s+(?:\S+\s+)*$|\bgem\s+(?:install\s+)?['"]?$|\bbundle\s+(?:update|add|exec)\s+$|\bcomposer\s+(?:require|update)\s+(?:\S+\/)?$|\bcargo\s+add\s+$|\bgo\s+get\s+(?:\S+\/)?$|<artifactId>$|\b(?:implementation|api|compile|testImplementation)\s*\(?\s*['"][\w.-]+:$)/i;
/** Code only: `using Newtonsoft.Json;`, `use serde::…`, `#include <boost/…>` (in prose "I use Flask" is no import). */
export const CODE_IMPORT_BEFORE = /(?:^|[;{]\s*|\n\s*)(?:using|use)\s+$|#include\s*[<"]$/;
/** Only a quote, `gem '`, `<artifactId>` or nothing before it on its line: the line's package is this name. */
export const PACKAGE_FIRST_ON_LINE = /^\s*(?:["']|gem\s+["']|<artifactId>)?$/;
export const PIN_AFTER = /^(?:\[[\w,\s-]+\])?\s*(?:[=<>!~]=|[<>]|@\s*[\d^~])\s*\d?|^["']\s*:\s*["'][\^~><=]*\d/;
export const VERSION_AFTER = /^(?:\s+|-)v?\d+(?:\.\d+|\.x|\.\*)*\b|^\s*\(\s*[<>=]+\s*\d/i;
export const NAMESPACE_AFTER = /^(?:\.[A-Za-z_]|::[A-Z]|\/[a-z])/;
export const SCOPE_BEFORE = /@$/;
export const PACKAGE_AFTER = /^[-_][a-z][\w-]*/i;
export const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*)$/;
/** Only quotes, brackets, list or comment markers before it: the first word of its block. */
export const FIRST_WORD = /^[\s"'`([#*/>•-]*$/;
export const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{N}]*\s$/u;
export const CAPITAL_WORD_AFTER = /^\s\p{Lu}[\p{Ll}]/u;
export const DEFINED_BEFORE = /\b(?:class|def|function|interface|struct|type|enum|var|let|const|val)\s+$/;
export const LICENSE_AFTER = /^\s+(?:v?\d+(?:\.\d+)*\s+)?licen[cs]e/i;
export const VERB_BEFORE =
  /\b(?:to|will|would|can|could|should|must|may|might|shall|don't|doesn't|didn't|won't|cannot|can't|not|also|then|i|we|you|they|he|she)\s+$/i;
export const PARTS_OF_LONGER_NAMES =
  /^(?:Apache|Visual Studio|Windows|Microsoft|Google|Amazon|Adobe|Oracle|IBM|SAP|Eclipse|Mozilla|Spring)$/;
