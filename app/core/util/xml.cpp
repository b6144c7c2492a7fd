#include "util/xml.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include <map>
#include <mutex>

#include "util/embedded.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::xml {
namespace {

struct ErrorSink {
  std::vector<std::pair<long, std::string>> errors;
};

void collect(void* ctx, xmlErrorPtr err) {
  auto* sink = static_cast<ErrorSink*>(ctx);
  if (!err || sink->errors.size() >= 20) return;
  std::string msg = err->message ? err->message : "unknown XML error";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  long line = err->line;
  if (line <= 0 && err->node) line = xmlGetLineNo(static_cast<xmlNode*>(err->node));
  sink->errors.emplace_back(line, msg);
}

std::string summarize(const ErrorSink& sink, long* first_line) {
  std::string out;
  *first_line = 0;
  for (const auto& e : sink.errors) {
    if (e.first > 0) {
      *first_line = e.first;
      break;
    }
  }
  for (size_t i = 0; i < sink.errors.size() && i < 5; ++i) {
    if (i) out += "; ";
    if (i && sink.errors[i].first > 0) out += "line " + std::to_string(sink.errors[i].first) + ": ";
    out += sink.errors[i].second;
  }
  return out;
}

}  // namespace

DocPtr parse(std::string_view data, const std::string& name) {
  ErrorSink sink;
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) throw Error(ErrorCode::Io, name, ZP_("out of memory while reading XML"));
  xmlSetStructuredErrorFunc(&sink, collect);
  // No XML_PARSE_NOENT (no entity substitution), no DTDLOAD, no network; libxml2's own
  // amplification limits stay on (no XML_PARSE_HUGE).
  int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_COMPACT;
  xmlDoc* doc = xmlCtxtReadMemory(ctxt, data.data(), static_cast<int>(data.size()), name.c_str(), "UTF-8", options);
  bool ok = doc && ctxt->wellFormed;
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  xmlFreeParserCtxt(ctxt);
  if (!ok) {
    if (doc) xmlFreeDoc(doc);
    long line = 0;
    std::string msg = summarize(sink, &line);
    if (msg.empty()) msg = ZP_("not well-formed XML");
    throw Error(ErrorCode::Format, name, msg, line);
  }
  if (data.size() > static_cast<size_t>(INT32_MAX)) throw Error(ErrorCode::Format, name, ZP_("file too large"));
  // Remember which embedded file these bytes are (if any): validate() skips what the build
  // already validated. _private is libxml2's field for the application's own use.
  if (auto embedded_name = embedded::name_of(data)) doc->_private = const_cast<char*>(embedded_name->data());
  return DocPtr(doc);
}

namespace {
// Compiled schemas, kept for the life of the process: compiling a RelaxNG grammar costs more
// than validating a document against it. Keyed by the schema text itself.
struct SchemaCache {
  std::mutex mutex;
  std::map<std::string, xmlRelaxNGPtr, std::less<>> compiled;
  ~SchemaCache() {
    for (auto& [k, v] : compiled) xmlRelaxNGFree(v);
  }
};

xmlRelaxNGPtr compiled_schema(std::string_view schema, const std::string& schema_name) {
  static SchemaCache cache;
  std::lock_guard<std::mutex> lock(cache.mutex);
  if (auto it = cache.compiled.find(schema); it != cache.compiled.end()) return it->second;
  ErrorSink schema_sink;
  xmlRelaxNGParserCtxtPtr pctx = xmlRelaxNGNewMemParserCtxt(schema.data(), static_cast<int>(schema.size()));
  xmlRelaxNGSetParserStructuredErrors(pctx, collect, &schema_sink);
  xmlRelaxNGPtr rng = xmlRelaxNGParse(pctx);
  xmlRelaxNGFreeParserCtxt(pctx);
  if (!rng) {
    long line = 0;
    throw Error(ErrorCode::Format, schema_name, format(ZP_("schema is broken: {0}"), summarize(schema_sink, &line)), line);
  }
  cache.compiled.emplace(std::string(schema), rng);
  return rng;
}
}  // namespace

void validate(xmlDoc* doc, std::string_view schema, const std::string& schema_name, const std::string& name) {
  // The exact embedded bytes of a built-in file, checked against this exact embedded schema
  // when the program was built (cmake/builtin_data.cmake): validating again cannot fail.
  if (doc && doc->_private)
    if (auto schema_file = embedded::name_of(schema);
        schema_file && embedded::validated_at_build(static_cast<const char*>(doc->_private), *schema_file))
      return;
  xmlRelaxNGPtr rng = compiled_schema(schema, schema_name);
  ErrorSink sink;
  xmlRelaxNGValidCtxtPtr vctx = xmlRelaxNGNewValidCtxt(rng);
  xmlRelaxNGSetValidStructuredErrors(vctx, collect, &sink);
  int rc = xmlRelaxNGValidateDoc(vctx, doc);
  xmlRelaxNGFreeValidCtxt(vctx);
  if (rc != 0) {
    long line = 0;
    std::string msg = summarize(sink, &line);
    if (msg.empty()) msg = ZP_("does not match the schema");
    throw Error(ErrorCode::Format, name, format(ZP_("invalid: {0}"), msg), line);
  }
}

std::string_view local_name(const xmlNode* n) {
  return n && n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

std::string_view ns_uri(const xmlNode* n) {
  return n && n->ns && n->ns->href ? std::string_view(reinterpret_cast<const char*>(n->ns->href)) : std::string_view();
}

bool is(const xmlNode* n, std::string_view local) {
  return n && n->type == XML_ELEMENT_NODE && local_name(n) == local;
}

std::vector<xmlNode*> children(const xmlNode* n, std::string_view local) {
  std::vector<xmlNode*> out;
  if (!n) return out;
  for (xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (local.empty() || local_name(c) == local) out.push_back(c);
  }
  return out;
}

xmlNode* child(const xmlNode* n, std::string_view local) {
  if (!n) return nullptr;
  for (xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local_name(c) == local) return c;
  return nullptr;
}

std::string attr(const xmlNode* n, std::string_view local, const std::string& fallback) {
  if (!n || n->type != XML_ELEMENT_NODE) return fallback;
  for (xmlAttr* a = n->properties; a; a = a->next) {
    if (local_name(reinterpret_cast<const xmlNode*>(a)) != local) continue;
    xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
  }
  return fallback;
}

bool has_attr(const xmlNode* n, std::string_view local) {
  if (!n || n->type != XML_ELEMENT_NODE) return false;
  for (xmlAttr* a = n->properties; a; a = a->next)
    if (local_name(reinterpret_cast<const xmlNode*>(a)) == local) return true;
  return false;
}

std::string text(const xmlNode* n) {
  if (!n) return {};
  // The common case (a w:t, an attribute-free element holding one text node) without the
  // buffer xmlNodeGetContent allocates and frees.
  if (n->type == XML_ELEMENT_NODE && n->children && !n->children->next &&
      (n->children->type == XML_TEXT_NODE || n->children->type == XML_CDATA_SECTION_NODE))
    return n->children->content ? reinterpret_cast<const char*>(n->children->content) : "";
  if (n->type == XML_ELEMENT_NODE && !n->children) return {};
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

long line(const xmlNode* n) { return n ? static_cast<long>(xmlGetLineNo(n)) : 0; }

std::string block_text(const xmlNode* n) {
  std::string raw = text(n);
  std::string out;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t end = raw.find('\n', start);
    if (end == std::string::npos) end = raw.size();
    std::string line = normalize_space(std::string_view(raw).substr(start, end - start));
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out += line;
    }
    start = end + 1;
  }
  return out;
}

std::string normalize_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace zp::xml
