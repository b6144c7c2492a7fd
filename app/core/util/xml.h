#pragma once
/// Thin, safe helpers over libxml2: parsing untrusted XML (no network, no external
/// entities, no DTD loading), RelaxNG validation with file:line messages, and element
/// navigation. All text is UTF-8 std::string.
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace zp::xml {

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

/// Parse XML from memory; throws zp::Error (Format) "name:line: problem" when it is not
/// well-formed. Entities are not expanded from outside, nothing is fetched.
DocPtr parse(std::string_view data, const std::string& name);

/// Validate doc against a RelaxNG schema given as text; throws zp::Error (Format) with
/// the first problems as "name:line: problem". A doc parsed from the exact bytes of an
/// embedded file that the build validated against this embedded schema is not validated
/// again (see embedded::validated_at_build).
void validate(xmlDoc* doc, std::string_view schema, const std::string& schema_name,
              const std::string& name);

/// Element name (local name, without prefix).
std::string_view local_name(const xmlNode* n);
/// Namespace URI of an element, or "".
std::string_view ns_uri(const xmlNode* n);
/// Whether n is an element with this local name.
bool is(const xmlNode* n, std::string_view local);
/// Element children of n (optionally only with this local name).
std::vector<xmlNode*> children(const xmlNode* n, std::string_view local = {});
/// First element child with this local name, or nullptr.
xmlNode* child(const xmlNode* n, std::string_view local);
/// Attribute value by local name (any namespace), or fallback.
std::string attr(const xmlNode* n, std::string_view local, const std::string& fallback = {});
bool has_attr(const xmlNode* n, std::string_view local);
/// All text content below n.
std::string text(const xmlNode* n);
/// Line number of a node.
long line(const xmlNode* n);

/// The text below n with its line breaks kept and the indentation of pretty-printed XML
/// removed: each non-blank line trimmed, lines joined with "\n".
std::string block_text(const xmlNode* n);

/// Collapse runs of white space (from pretty-printed XML) to one space and trim.
std::string normalize_space(std::string_view s);

}  // namespace zp::xml
