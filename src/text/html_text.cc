// Visible text from HTML with gumbo: scripts, styles and page chrome (nav,
// header, footer, aside, forms) are dropped; block elements end lines and
// paragraphs are separated by blank lines so the sentence splitter sees them.
#include <gumbo.h>

#include <cstring>
#include <string>

#include "base/strings.h"
#include "text/reader.h"

namespace dossier::text {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsParagraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

bool IsLineBreak(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BR: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

class TextBuilder {
 public:
  void Text(const char* s) {
    for (const char* p = s; *p; ++p) {
      char c = *p;
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !out_.empty();
        continue;
      }
      if (pending_breaks_ > 0 && !out_.empty()) {
        out_.append(pending_breaks_ >= 2 ? "\n\n" : "\n");
      } else if (pending_space_) {
        out_.push_back(' ');
      }
      pending_breaks_ = 0;
      pending_space_ = false;
      out_.push_back(c);
    }
  }
  void Break(int n) {
    if (n > pending_breaks_) pending_breaks_ = n;
    pending_space_ = false;
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  int pending_breaks_ = 0;
  bool pending_space_ = false;
};

void Walk(const GumboNode* node, TextBuilder* b) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    b->Text(node->v.text.text);
    return;
  }
  if (node->type == GUMBO_NODE_WHITESPACE) {
    b->Text(" ");
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  GumboTag tag = node->v.element.tag;
  if (IsSkipped(tag)) return;
  int breaks = IsParagraph(tag) ? 2 : IsLineBreak(tag) ? 1 : 0;
  if (breaks) b->Break(breaks);
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) Walk(static_cast<const GumboNode*>(kids.data[i]), b);
  if (breaks) b->Break(breaks);
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    if (auto* hit = FindFirst(static_cast<const GumboNode*>(kids.data[i]), tag)) return hit;
  }
  return nullptr;
}

void CollectMetaDate(const GumboNode* node, std::string* date) {
  if (node->type != GUMBO_NODE_ELEMENT || !date->empty()) return;
  if (node->v.element.tag == GUMBO_TAG_META) {
    const GumboVector* attrs = &node->v.element.attributes;
    const GumboAttribute* key = gumbo_get_attribute(attrs, "property");
    if (key == nullptr) key = gumbo_get_attribute(attrs, "name");
    if (key == nullptr) key = gumbo_get_attribute(attrs, "itemprop");
    const GumboAttribute* content = gumbo_get_attribute(attrs, "content");
    if (key != nullptr && content != nullptr) {
      std::string k = base::AsciiLower(key->value);
      std::string v = content->value;
      bool dated = k.find("published") != std::string::npos || k == "date" || k == "pubdate" ||
                   k == "dc.date" || k == "datepublished";
      if (dated && v.size() >= 10 && v[4] == '-' && v[7] == '-') *date = v.substr(0, 10);
    }
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CollectMetaDate(static_cast<const GumboNode*>(kids.data[i]), date);
}

}  // namespace

HtmlText ExtractHtmlText(const std::string& html) {
  HtmlText result;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (const GumboNode* title = FindFirst(out->root, GUMBO_TAG_TITLE)) {
    TextBuilder tb;
    const GumboVector& kids = title->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) Walk(static_cast<const GumboNode*>(kids.data[i]), &tb);
    result.title = tb.Take();
  }
  CollectMetaDate(out->root, &result.date);
  const GumboNode* body = FindFirst(out->root, GUMBO_TAG_BODY);
  TextBuilder b;
  Walk(body != nullptr ? body : out->root, &b);
  result.text = b.Take();
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return result;
}

}  // namespace dossier::text
